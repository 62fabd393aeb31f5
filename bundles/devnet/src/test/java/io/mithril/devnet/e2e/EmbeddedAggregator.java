package io.mithril.devnet.e2e;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.DispatcherType;

import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;

import io.mithril.api.internal.CertificateResource;
import io.mithril.api.internal.CertificatesResource;
import io.mithril.api.CurrentEpoch;
import io.mithril.api.internal.ConfiguredRequestOrigins;
import io.mithril.api.internal.SignersResource;
import io.mithril.core.GenesisBootstrap;
import io.mithril.core.internal.Aggregator;
import io.mithril.core.internal.EnabledPlugins;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.http.EpochSettingsResource;
import io.mithril.core.internal.http.ProtocolConfigurationResource;
import io.mithril.core.internal.http.RegisterSignerResource;
import io.mithril.core.internal.http.StatusResource;
import io.mithril.core.internal.runtime.CriticalRuntimeException;
import io.mithril.core.internal.runtime.RuntimeLoop;
import io.mithril.core.internal.store.Repositories;
import io.mithril.era.MarkerEraReader;
import io.mithril.era.adapters.BootstrapAdapter;
import io.mithril.http.AggregatorHttp;
import io.mithril.http.internal.HttpConventionsFilter;
import io.mithril.http.internal.JerseyApplicationFactory;
import io.mithril.http.internal.JerseyPublisher;
import io.mithril.http.internal.NotFoundServlet;
import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.plugin.csd.internal.CardanoStakeDistributionPlugin;
import io.mithril.plugin.csd.internal.CardanoStakeDistributionResources;
import io.mithril.plugin.msd.internal.MithrilStakeDistributionPlugin;
import io.mithril.plugin.msd.internal.MithrilStakeDistributionResources;
import io.mithril.signature.http.internal.HttpSignatureSource;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.signedentity.SignedEntityPlugin;
import io.mithril.store.AggregatorStore;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;

/**
 * The leader aggregator assembled in plain Java, as the OSGi components assemble it: the runtime over a SQLite store
 * in a directory, the MithrilStakeDistribution and CardanoStakeDistribution plugins, a bootstrap era reader, and the
 * REST routes served by the http bundle's Jersey stack on an embedded Jetty bound to a loopback port. The runtime
 * ticks every <code>run_interval</code>. For end-to-end tests and the load tool.
 */
public final class EmbeddedAggregator implements AutoCloseable {
    private final AggregatorStore store;
    private final Aggregator aggregator;
    private final RuntimeLoop loop;
    private final ExecutorService artifactJobs = Executors.newCachedThreadPool(daemon("embedded-artifact"));
    private final JerseyPublisher publisher;
    private final Server server;
    private final AtomicReference<CriticalRuntimeException> critical = new AtomicReference<>();

    private EmbeddedAggregator(Path dataDirectory, ChainObserver chain, Map<String, ?> configuration)
            throws Exception {
        store = Stores.open(StoreSettings.of(dataDirectory));
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        List<SignedEntityPlugin> plugins = List.of(new MithrilStakeDistributionPlugin(),
                new CardanoStakeDistributionPlugin());
        AggregatorSettings settings = AggregatorSettings.fromProperties(configuration);
        aggregator = new Aggregator(Repositories.of(store), chain,
                new MarkerEraReader(BootstrapAdapter.first()), enabled(plugins), metrics, settings,
                Clock.systemUTC(), artifactJobs);
        ConfiguredRequestOrigins origins = new ConfiguredRequestOrigins();
        publisher = new JerseyPublisher(new JerseyApplicationFactory(AggregatorHttp.MAX_BODY_BYTES),
                Duration.ofMillis(20), Duration.ofSeconds(30));
        for (Object resource : List.of(new EpochSettingsResource(aggregator),
                new ProtocolConfigurationResource(aggregator), new RegisterSignerResource(aggregator.signerRegisterer()),
                new StatusResource(aggregator, "0.1.0"), new CertificatesResource(store.certificates()),
                new CertificateResource(store.certificates(), origins, metrics),
                new MithrilStakeDistributionResources.ListResource(store.artifacts()),
                new MithrilStakeDistributionResources.DetailResource(store.artifacts(), origins, metrics),
                new CardanoStakeDistributionResources.ListResource(store.artifacts()),
                new CardanoStakeDistributionResources.DetailResource(store.artifacts(), origins, metrics,
                        new CurrentEpoch(aggregator.epochs())),
                new SignersResource(store.signerRegistrations(), store.signers(), settings.network(),
                        new CurrentEpoch(aggregator.epochs())),
                signatureSource(aggregator))) {
            publisher.addResource(resource);
        }
        server = new Server();
        ServerConnector connector = new ServerConnector(server);
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        ServletContextHandler context = new ServletContextHandler("/");
        context.addFilter(new FilterHolder(new HttpConventionsFilter(AggregatorHttp.apiVersion(),
                AggregatorHttp.MAX_BODY_BYTES)), "/*", EnumSet.of(DispatcherType.REQUEST));
        context.addServlet(new ServletHolder(publisher.servlet()), AggregatorHttp.BASE_PATH + "/*");
        context.addServlet(new ServletHolder(new NotFoundServlet()), "/");
        server.setHandler(context);
        server.start();
        publisher.start();
        awaitPublished();
        loop = new RuntimeLoop(aggregator.runtime(), settings.runInterval(), critical::set);
        loop.start();
    }

    /**
     * @param configuration aggregator settings in the launcher's form (<code>network</code>,
     *        <code>run_interval</code>, <code>protocol_parameters.k</code>…, <code>genesis_verification_key</code>)
     */
    public static EmbeddedAggregator start(Path dataDirectory, ChainObserver chain, Map<String, ?> configuration)
            throws Exception {
        return new EmbeddedAggregator(dataDirectory, chain, configuration);
    }

    public URI endpoint() {
        int port = ((ServerConnector) server.getConnectors()[0]).getLocalPort();
        return URI.create("http://127.0.0.1:" + port + AggregatorHttp.BASE_PATH);
    }

    public GenesisBootstrap genesis() {
        return aggregator.genesis();
    }

    public Aggregator aggregator() {
        return aggregator;
    }

    public AggregatorStore store() {
        return store;
    }

    /** The error that stopped the runtime, if one did. */
    public CriticalRuntimeException critical() {
        return critical.get();
    }

    /** The HTTP signature source, opened on the runtime's signature processor as the OSGi wiring does. */
    private static HttpSignatureSource signatureSource(Aggregator aggregator) {
        HttpSignatureSource source = new HttpSignatureSource();
        source.open(aggregator.signatureProcessor());
        return source;
    }

    private static EnabledPlugins enabled(List<SignedEntityPlugin> plugins) {
        List<SignedEntityPlugin> sorted = new ArrayList<>(plugins);
        sorted.sort(Comparator.comparingInt(SignedEntityPlugin::order));
        return new EnabledPlugins() {
            @Override
            public List<SignedEntityPlugin> enabled() {
                return sorted;
            }

            @Override
            public boolean isConfigured(String discriminant) {
                return sorted.stream().anyMatch(p -> p.discriminant().equals(discriminant));
            }
        };
    }

    private void awaitPublished() throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (publisher.generation() < 1) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("the REST application did not start");
            }
            Thread.sleep(5);
        }
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() throws Exception {
        loop.close();
        publisher.close();
        server.stop();
        artifactJobs.shutdownNow();
        store.close();
    }
}
