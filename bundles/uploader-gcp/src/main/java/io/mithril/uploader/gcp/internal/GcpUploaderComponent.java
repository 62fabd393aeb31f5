package io.mithril.uploader.gcp.internal;

import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.spi.uploader.Uploader;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code gcp} uploader as an OSGi service. When {@code snapshot_uploader_type} is {@code gcp}, the bucket name
 * and the credentials in {@code GOOGLE_APPLICATION_CREDENTIALS_JSON} are checked at activation, so a bad setup fails
 * at start with a clear message. Otherwise the bundle may be deployed unconfigured: the service is there, and only
 * an actual upload reports what is missing. Immediate, so that this check runs at start rather than at first use.
 */
@Component(service = Uploader.class, property = Uploader.TYPE_PROPERTY + "=gcp", immediate = true,
        configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class GcpUploaderComponent implements Uploader {
    static final String CREDENTIALS_VARIABLE = "GOOGLE_APPLICATION_CREDENTIALS_JSON";
    private static final Logger LOG = LoggerFactory.getLogger(GcpUploaderComponent.class);

    private final Environment environment;
    private final HttpClient client;
    private final RetryPolicy retry;
    private volatile GcpSettings settings;
    private GcpUploader uploader;

    @Activate
    public GcpUploaderComponent(Map<String, Object> properties) {
        this(properties, Environment.SYSTEM, RetryPolicy.reference());
    }

    GcpUploaderComponent(Map<String, Object> properties, Environment environment, RetryPolicy retry) {
        this.environment = environment;
        this.client = HttpCalls.newClient();
        this.retry = retry;
        modified(properties);
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        settings = GcpSettings.from(properties);
        uploader = null;
        if (settings.selected()) {
            uploader();
            LOG.info("gcp uploader active: bucket {}, public URLs {}", settings.bucket(), settings.publicUri(""));
        } else {
            LOG.info("gcp uploader registered, not selected (snapshot_uploader_type is '{}'): configuration checked"
                    + " at first use", settings.uploaderType());
        }
    }

    @Override
    public URI upload(Path file, String targetName) throws IOException {
        GcpUploader ready;
        try {
            ready = uploader();
        } catch (IllegalStateException | IllegalArgumentException e) {
            // Reported as an upload failure, which drops this location only (aggregator.md §11).
            throw new IOException("the gcp uploader is not usable: " + e.getMessage(), e);
        }
        return ready.upload(file, targetName);
    }

    private synchronized GcpUploader uploader() {
        if (uploader == null) {
            GcpSettings current = settings;
            current.requireBucket();
            String json = environment.get(CREDENTIALS_VARIABLE).filter(v -> !v.isBlank())
                    .orElseThrow(() -> new IllegalStateException("environment variable " + CREDENTIALS_VARIABLE
                            + " must hold the service account credentials JSON for the gcp uploader"));
            ServiceAccountCredentials credentials;
            try {
                credentials = ServiceAccountCredentials.parse(json);
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException("invalid " + CREDENTIALS_VARIABLE + ": " + e.getMessage(), e);
            }
            AccessTokens tokens = new AccessTokens(credentials, client, Clock.systemUTC());
            uploader = new GcpUploader(current, new GcsClient(current, tokens, client), retry);
        }
        return uploader;
    }
}
