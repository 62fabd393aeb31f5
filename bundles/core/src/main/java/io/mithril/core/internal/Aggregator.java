package io.mithril.core.internal;

import java.time.Clock;
import java.util.concurrent.Executor;

import io.mithril.core.internal.certifier.ArtifactJobs;
import io.mithril.core.internal.certifier.Certifier;
import io.mithril.core.internal.certifier.ChainVerifiers;
import io.mithril.core.internal.certifier.OpenMessageService;
import io.mithril.core.internal.certifier.PendingMessages;
import io.mithril.core.internal.certifier.QuorumTracker;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.genesis.GenesisService;
import io.mithril.core.internal.registration.RegistrationRounds;
import io.mithril.core.internal.registration.SignerRegisterer;
import io.mithril.core.internal.follower.FollowerIdleCycle;
import io.mithril.core.internal.follower.HttpLeaderClient;
import io.mithril.core.internal.follower.LeaderApi;
import io.mithril.core.internal.follower.LeaderChainSync;
import io.mithril.core.internal.follower.LeaderSettingsSync;
import io.mithril.core.internal.follower.LeaderSignedTypes;
import io.mithril.core.internal.follower.LeaderSignersSync;
import io.mithril.core.internal.runtime.AggregatorRuntime;
import io.mithril.core.internal.runtime.IdleCycle;
import io.mithril.core.internal.runtime.LeaderIdleCycle;
import io.mithril.core.internal.runtime.ChainStatusChecker;
import io.mithril.core.internal.runtime.EpochTransition;
import io.mithril.core.internal.runtime.EraGate;
import io.mithril.core.internal.runtime.TimePointReader;
import io.mithril.core.internal.signature.SignatureProcessor;
import io.mithril.core.internal.signature.SingleSignatureRegistrar;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.era.EraReader;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.chain.ChainObserver;

/**
 * The aggregator (a leader, or a follower of a leader aggregator) assembled in plain Java: epoch service, runtime, certifier, signature processor, signer
 * registration and genesis, wired by constructor. The OSGi component builds one from its services; tests build one
 * over a real SQLite store with a scripted chain.
 */
public final class Aggregator {
    private final AggregatorSettings settings;
    private final EnabledPlugins plugins;
    private final ChainObserver chain;
    private final EpochService epochs;
    private final EraGate eras;
    private final OpenMessageService openMessages;
    private final SignatureProcessor signatureProcessor;
    private final SignerRegisterer signerRegisterer;
    private final GenesisService genesis;
    private final PendingMessages pendingMessages;
    private final AggregatorRuntime runtime;
    private final Repositories repositories;

    /**
     * @param artifactExecutor runs the artifact jobs (a background thread in production, inline in tests)
     */
    public Aggregator(Repositories repositories, ChainObserver chain, EraReader eraReader, EnabledPlugins plugins,
            MetricsService metrics, AggregatorSettings settings, Clock clock, Executor artifactExecutor) {
        this(repositories, chain, eraReader, plugins, metrics, settings, clock, artifactExecutor,
                settings.leaderAggregatorEndpoint()
                        .map(endpoint -> new HttpLeaderClient(endpoint, HttpLeaderClient.DEFAULT_TIMEOUT))
                        .orElse(null));
    }

    /**
     * @param leader the leader a follower reads ({@code leader_aggregator_endpoint}); null for a leader
     */
    public Aggregator(Repositories repositories, ChainObserver chain, EraReader eraReader, EnabledPlugins ownPlugins,
            MetricsService metrics, AggregatorSettings configured, Clock clock, Executor artifactExecutor,
            LeaderApi leader) {
        boolean follower = leader != null;
        AggregatorSettings settings = follower ? configured.withoutProtocolParameters() : configured;
        LeaderSignedTypes leaderTypes = follower ? new LeaderSignedTypes(ownPlugins) : null;
        EnabledPlugins plugins = follower ? leaderTypes : ownPlugins;
        this.repositories = repositories;
        this.settings = settings;
        this.plugins = plugins;
        this.chain = chain;
        this.epochs = new EpochService(repositories, settings, plugins::isConfigured);
        this.eras = new EraGate(eraReader);
        ArtifactJobs artifacts = new ArtifactJobs(repositories.signedEntities(), metrics, artifactExecutor, clock);
        QuorumTracker quorum = new QuorumTracker(repositories.singleSignatures());
        CertificateChainVerifier verifier = ChainVerifiers.overStore(repositories.certificates(),
                settings.genesisVerificationKey(), plugins);
        Certifier certifier = new Certifier(repositories, epochs, plugins, artifacts, quorum, verifier,
                settings.network(), metrics, clock);
        SingleSignatureRegistrar registrar = new SingleSignatureRegistrar(repositories, epochs, quorum, certifier,
                clock, plugins);
        this.openMessages = new OpenMessageService(plugins, repositories, artifacts, registrar, clock);
        this.signatureProcessor = new SignatureProcessor(epochs, registrar, metrics, plugins);
        RegistrationRounds rounds = new RegistrationRounds();
        this.signerRegisterer = new SignerRegisterer(rounds, repositories, chain, settings, metrics, clock);
        this.genesis = new GenesisService(repositories, chain, settings, clock);
        this.pendingMessages = new PendingMessages(epochs, openMessages);
        EpochTransition transition = new EpochTransition(chain, eras, repositories, epochs,
                follower ? null : rounds, artifacts, quorum, settings, clock);
        ChainStatusChecker chainStatus = new ChainStatusChecker(repositories.certificates(), verifier, epochs, plugins);
        TimePointReader timePoints = new TimePointReader(chain);
        IdleCycle idle = follower
                ? new FollowerIdleCycle(timePoints, leader,
                        new LeaderSettingsSync(leader, repositories.epochSettings(), leaderTypes), transition,
                        new LeaderSignersSync(repositories, chain, settings.allowRegistrationWithoutOpcert(), clock),
                        new LeaderChainSync(leader, repositories,
                                ChainVerifiers.genesisVerifier(settings.genesisVerificationKey()), clock),
                        chainStatus, verifier, epochs, repositories)
                : new LeaderIdleCycle(timePoints, transition, chainStatus);
        this.runtime = new AggregatorRuntime(timePoints, idle, epochs, openMessages, certifier, metrics);
    }

    public AggregatorSettings settings() {
        return settings;
    }

    public EnabledPlugins plugins() {
        return plugins;
    }

    public ChainObserver chain() {
        return chain;
    }

    public Repositories repositories() {
        return repositories;
    }

    public EpochService epochs() {
        return epochs;
    }

    public EraGate eras() {
        return eras;
    }

    public OpenMessageService openMessages() {
        return openMessages;
    }

    public SignatureProcessor signatureProcessor() {
        return signatureProcessor;
    }

    public SignerRegisterer signerRegisterer() {
        return signerRegisterer;
    }

    public GenesisService genesis() {
        return genesis;
    }

    public PendingMessages pendingMessages() {
        return pendingMessages;
    }

    public AggregatorRuntime runtime() {
        return runtime;
    }
}
