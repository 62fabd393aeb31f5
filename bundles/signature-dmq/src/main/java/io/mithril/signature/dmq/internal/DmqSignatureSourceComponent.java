package io.mithril.signature.dmq.internal;

import io.mithril.signature.dmq.DmqConsumerSettings;
import io.mithril.signature.dmq.DmqConsumerStatistics;
import io.mithril.signature.dmq.DmqSignatureSource;
import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.spi.signature.SignatureSource;
import java.time.Clock;
import java.util.Hashtable;
import java.util.Map;
import java.util.Optional;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes the DMQ {@link SignatureSource} (and its {@link DmqConsumerStatistics}) only while
 * {@code dmq_node_socket_path} is configured, as the reference enables its DMQ consumer only then; without it the
 * service is absent. Registered by hand because DS cannot make a service conditional on a property value.
 */
@Component(configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = {})
public final class DmqSignatureSourceComponent {
    private static final Logger LOG = LoggerFactory.getLogger(DmqSignatureSourceComponent.class);

    private final BundleContext context;
    private DmqSignatureSource source;
    private ServiceRegistration<?> registration;

    @Activate
    public DmqSignatureSourceComponent(BundleContext context, Map<String, Object> properties) {
        this.context = context;
        apply(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        apply(properties);
    }

    @Deactivate
    synchronized void deactivate() {
        withdraw();
    }

    private synchronized void apply(Map<String, Object> properties) {
        Optional<DmqConsumerSettings> wanted;
        try {
            wanted = DmqConsumerSettings.fromConfiguration(properties);
        } catch (IllegalArgumentException e) {
            LOG.error("DMQ signature source disabled: {}", e.getMessage());
            wanted = Optional.empty();
        }
        if (source != null && wanted.isPresent() && wanted.get().equals(source.settings())) {
            return;
        }
        withdraw();
        if (wanted.isEmpty()) {
            LOG.debug("DMQ signature source idle: dmq_node_socket_path is not set");
            return;
        }
        source = new DmqSignatureSource(wanted.get(), Clock.systemUTC());
        Hashtable<String, Object> serviceProperties = new Hashtable<>();
        serviceProperties.put("origin", source.origin());
        serviceProperties.put("dmq.socket.path", wanted.get().socketPath().toString());
        serviceProperties.put("dmq.network.magic", wanted.get().networkMagic());
        registration = context.registerService(new String[] {SignatureSource.class.getName(),
                DmqConsumerStatistics.class.getName()}, source, serviceProperties);
        LOG.info("DMQ signature source registered for {} (magic {})", wanted.get().socketPath(),
                wanted.get().networkMagic());
    }

    private void withdraw() {
        if (registration != null) {
            try {
                registration.unregister();
            } catch (IllegalStateException e) {
                LOG.debug("DMQ signature source already unregistered");
            }
            registration = null;
        }
        if (source != null) {
            source.close();
            source = null;
        }
    }
}
