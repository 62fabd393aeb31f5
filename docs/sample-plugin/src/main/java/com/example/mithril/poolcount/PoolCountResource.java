package com.example.mithril.poolcount;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;

import io.mithril.spi.http.ApiException;
import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.StoredArtifact;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** <code>GET /aggregator/artifact/sample-pool-counts</code> and <code>/artifact/sample-pool-count/{hash}</code>. */
@Component(service = PoolCountResource.class, property = "osgi.jakartars.resource=true")
@Path("/artifact")
public final class PoolCountResource {
    private final ArtifactRepository artifacts;

    @Activate
    public PoolCountResource(
            @Reference(cardinality = ReferenceCardinality.OPTIONAL) ArtifactRepository artifacts) {
        this.artifacts = artifacts;
    }

    @GET
    @Path("sample-pool-counts")
    @Produces(MediaType.APPLICATION_JSON)
    public String list() {
        if (artifacts == null) {
            return "[]";
        }
        StringBuilder json = new StringBuilder("[");
        for (StoredArtifact artifact : artifacts.latest(PoolCountPlugin.DISCRIMINANT, 20)) {
            json.append(json.length() > 1 ? "," : "").append(artifact.artifactJson());
        }
        return json.append(']').toString();
    }

    @GET
    @Path("sample-pool-count/{hash}")
    @Produces(MediaType.APPLICATION_JSON)
    public String detail(@PathParam("hash") String hash) {
        if (artifacts == null) {
            throw new ApiException(404, "not_found", "no artifact store");
        }
        return artifacts.byHash(PoolCountPlugin.DISCRIMINANT, hash).map(StoredArtifact::artifactJson)
                .orElseThrow(() -> new ApiException(404, "not_found", "no pool count artifact " + hash));
    }
}
