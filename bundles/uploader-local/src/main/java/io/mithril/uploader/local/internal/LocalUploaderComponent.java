package io.mithril.uploader.local.internal;

import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.spi.uploader.Uploader;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code local} uploader as an OSGi service. A configuration change swaps the settings in place, so that
 * consumers keep their reference to the service. Immediate, so that its settings are read and logged at start.
 */
@Component(service = Uploader.class, property = Uploader.TYPE_PROPERTY + "=local", immediate = true,
        configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class LocalUploaderComponent implements Uploader {
    private static final Logger LOG = LoggerFactory.getLogger(LocalUploaderComponent.class);
    private volatile LocalUploader uploader;

    @Activate
    public LocalUploaderComponent(Map<String, Object> properties) {
        modified(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        LocalSettings settings = LocalSettings.from(properties);
        uploader = new LocalUploader(settings, RetryPolicy.reference());
        LOG.info("local uploader active: files in {}, served at {}{}", settings.artifactsDirectory(),
                settings.publicServerUrl(), LocalUploader.DOWNLOAD_ROUTE);
    }

    @Override
    public URI upload(Path file, String targetName) throws IOException {
        return uploader.upload(file, targetName);
    }
}
