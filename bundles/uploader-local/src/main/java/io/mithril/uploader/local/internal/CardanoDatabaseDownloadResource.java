package io.mithril.uploader.local.internal;

import io.mithril.spi.config.AggregatorConfiguration;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /aggregator/cardano-database-download/<path>} (aggregator.md §1.2): the files of
 * {@code {snapshot_directory}/cardano-database/}, as the reference's static route. In the reference's order: a path
 * that is no file there → 404; uploader type other than {@code local} → 403; a path naming none of
 * {@code ancillary}, {@code immutable}, {@code digests} → 404; otherwise the file, streamed, with its length and
 * {@code Content-Disposition: attachment; filename="<file name>"}. Every answer but the file has an empty body.
 */
@Component(service = CardanoDatabaseDownloadResource.class, property = "osgi.jakartars.resource=true",
        configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Path("/" + CardanoDatabaseDownloadResource.ROUTE)
public final class CardanoDatabaseDownloadResource {
    static final String ROUTE = "cardano-database-download";
    private static final Logger LOG = LoggerFactory.getLogger(CardanoDatabaseDownloadResource.class);
    private static final Set<String> ARTIFACT_KINDS = Set.of("ancillary", "immutable", "digests");

    private volatile LocalSettings settings;

    @Activate
    public CardanoDatabaseDownloadResource(Map<String, Object> properties) {
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        settings = LocalSettings.from(properties);
    }

    @GET
    @Path("{path: .+}")
    public Response download(@PathParam("path") String path) throws IOException {
        LocalSettings current = settings;
        Optional<java.nio.file.Path> file = ServedFiles.find(current.artifactsDirectory(), path);
        if (file.isEmpty()) {
            return empty(Response.Status.NOT_FOUND);
        }
        if (!current.serving()) {
            LOG.warn("cardano-database-download refused: snapshot_uploader_type is '{}', not 'local'",
                    current.uploaderType());
            return empty(Response.Status.FORBIDDEN);
        }
        // The reference tests the path for these words (a substring test, kept as such); we test the path below
        // the served directory, not the directory itself, so that its location cannot open every file.
        if (ARTIFACT_KINDS.stream().noneMatch(path::contains)) {
            LOG.warn("cardano-database-download refused: '{}' is not a Cardano database archive", path);
            return empty(Response.Status.NOT_FOUND);
        }
        java.nio.file.Path found = file.get();
        long length = Files.size(found);
        StreamingOutput body = output -> Files.copy(found, output);
        return Response.ok(body, MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header(HttpHeaders.CONTENT_LENGTH, length)
                .header("Content-Disposition", "attachment; filename=\"" + found.getFileName() + "\"")
                .build();
    }

    private static Response empty(Response.Status status) {
        return Response.status(status).build();
    }
}
