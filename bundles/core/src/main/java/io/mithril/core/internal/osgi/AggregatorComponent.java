package io.mithril.core.internal.osgi;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.OpenMessageView;
import io.mithril.core.SignerRegistrar;
import io.mithril.core.internal.Aggregator;
import io.mithril.core.internal.PluginRegistry;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.runtime.CriticalRuntimeException;
import io.mithril.core.internal.runtime.RuntimeLoop;
import io.mithril.era.EraReader;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SignatureSource;
import io.mithril.spi.signedentity.EpochContextProvider;

/**
 * Wires the aggregator (leader, or follower when {@code leader_aggregator_endpoint} is set) from its OSGi services and publishes what other bundles call: the epoch context, the
 * signature processor (opened to every {@link SignatureSource}), signer registration, the open-message view and the
 * genesis bootstrap. In server mode ({@code serve}, {@code devnet}) it runs the state machine every
 * {@code run_interval}; commands only get the services (the launcher disables HTTP for them, which is how this
 * component tells them apart).
 */
@Component(immediate = true, service = {}, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class AggregatorComponent {
    /** The launcher sets it to false for one-shot commands. */
    static final String HTTP_ENABLED_PROPERTY = "org.apache.felix.http.enable";
    private static final Logger LOG = LoggerFactory.getLogger(AggregatorComponent.class);

    private final BundleContext context;
    private final Aggregator aggregator;
    private final ExecutorService artifactExecutor = Executors.newCachedThreadPool(namedDaemons("mithril-artifact"));
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final List<SignatureSource> sources = new CopyOnWriteArrayList<>();
    private final RuntimeLoop loop;

    @Activate
    public AggregatorComponent(BundleContext context, Map<String, Object> properties,
            @Reference StoreServices store, @Reference PluginRegistry plugins, @Reference MetricsService metrics,
            @Reference EraReader eraReader, @Reference ChainObservers chain) {
        this.context = context;
        AggregatorSettings settings = AggregatorSettings.fromProperties(properties);
        this.aggregator = new Aggregator(store.repositories(), chain, eraReader, plugins, metrics, settings,
                Clock.systemUTC(), artifactExecutor);
        register(Aggregator.class, aggregator);
        register(EpochContextProvider.class, aggregator.epochs());
        register(SignatureSink.class, aggregator.signatureProcessor());
        register(SignerRegistrar.class, aggregator.signerRegisterer());
        register(OpenMessageView.class, aggregator.pendingMessages());
        register(GenesisBootstrap.class, aggregator.genesis());
        this.loop = isServer(context) ? new RuntimeLoop(aggregator.runtime(), settings.runInterval(), this::stop)
                : null;
        if (loop != null) {
            loop.start();
            LOG.info("aggregator runtime started ({}), ticking every {} ms", settings.leaderAggregatorEndpoint()
                    .map(leader -> "follower of " + leader).orElse("leader"), settings.runInterval().toMillis());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addSource(SignatureSource source) {
        sources.add(source);
        source.open(aggregator.signatureProcessor());
        LOG.info("signature source {} opened", source.origin());
    }

    void removeSource(SignatureSource source) {
        if (sources.remove(source)) {
            source.close();
        }
    }

    @Deactivate
    void deactivate() {
        if (loop != null) {
            loop.close();
        }
        sources.forEach(SignatureSource::close);
        sources.clear();
        registrations.forEach(ServiceRegistration::unregister);
        registrations.clear();
        artifactExecutor.shutdownNow();
    }

    private <T> void register(Class<T> type, T service) {
        registrations.add(context.registerService(type, service, null));
    }

    private static boolean isServer(BundleContext context) {
        return !"false".equalsIgnoreCase(context.getProperty(HTTP_ENABLED_PROPERTY));
    }

    /** A critical runtime error stops the framework, hence the process (the launcher waits for it). */
    private void stop(CriticalRuntimeException error) {
        Thread stopper = new Thread(() -> {
            try {
                context.getBundle(0).stop();
            } catch (BundleException | IllegalStateException e) {
                LOG.error("cannot stop the framework after a critical error", e);
            }
        }, "mithril-critical-stop");
        stopper.start();
    }

    private static java.util.concurrent.ThreadFactory namedDaemons(String prefix) {
        AtomicInteger counter = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, prefix + "-" + counter.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
