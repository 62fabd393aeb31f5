package io.mithril.metrics.internal;

import io.mithril.metrics.MetricsService;
import io.mithril.spi.config.AggregatorConfiguration;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the metrics server while {@code enable_metrics_server} is true. Kept apart from the counters so that a bad
 * address or a busy port fails this component only, never the {@link MetricsService} other bundles use.
 */
@Component(configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
public final class MetricsServerComponent {
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServerComponent.class);

    private final MetricsService metrics;
    private MetricsServerSettings settings;
    private MetricsHttpServer server;

    @Activate
    public MetricsServerComponent(@Reference MetricsService metrics, Map<String, Object> properties) {
        this.metrics = metrics;
        apply(MetricsServerSettings.from(properties));
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        MetricsServerSettings changed = MetricsServerSettings.from(properties);
        if (!changed.equals(settings)) {
            stop();
            apply(changed);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        stop();
    }

    private synchronized void apply(MetricsServerSettings wanted) {
        settings = wanted;
        if (!wanted.enabled()) {
            return;
        }
        try {
            server = MetricsHttpServer.start(new InetSocketAddress(wanted.ip(), wanted.port()), metrics::exposition);
            LOG.info("Prometheus metrics served on http://{}:{}{}", wanted.ip(), server.address().getPort(),
                    MetricsHttpServer.PATH);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start the metrics server on " + wanted.ip() + ":" + wanted.port(), e);
        }
    }

    /** The bound address while the server runs, else null (tests bind port 0). */
    synchronized InetSocketAddress address() {
        return server == null ? null : server.address();
    }

    private void stop() {
        if (server != null) {
            server.close();
            server = null;
        }
    }
}
