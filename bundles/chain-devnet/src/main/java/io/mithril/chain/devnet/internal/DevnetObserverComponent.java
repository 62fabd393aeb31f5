package io.mithril.chain.devnet.internal;

import java.io.IOException;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import io.mithril.chain.devnet.DevnetChain;
import io.mithril.chain.devnet.DevnetChainObserver;
import io.mithril.spi.chain.BlockStream;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;

/**
 * The <code>devnet</code> chain observer service. The chain is opened (and its file written) on first use only, so
 * installing the bundle on an aggregator that observes another chain leaves no trace in its data directory. Settings
 * come from {@link AggregatorSettings} and are re-read when they change.
 */
@Component(service = ChainObserver.class, configurationPolicy = ConfigurationPolicy.IGNORE,
        property = ChainObserver.TYPE_PROPERTY + "=devnet")
public final class DevnetObserverComponent implements ChainObserver {
    private final Supplier<Map<String, Object>> configuration;
    private final DevnetChainOpener opener;
    private Map<String, Object> appliedConfiguration;
    private DevnetSettings settings;
    private String configurationError;
    private DevnetChainObserver observer;
    private ChainHeartbeat heartbeat;

    @Activate
    public DevnetObserverComponent(@Reference(name = "settings") AggregatorSettings settings) {
        this(settings::properties, new DevnetChainOpener(System::currentTimeMillis, () -> {
            byte[] hash = new byte[32];
            new SecureRandom().nextBytes(hash);
            return hash;
        }));
    }

    DevnetObserverComponent(Supplier<Map<String, Object>> configuration, DevnetChainOpener opener) {
        this.configuration = configuration;
        this.opener = opener;
    }

    private void configure(Map<String, Object> properties) {
        appliedConfiguration = properties;
        try {
            DevnetSettings next = DevnetSettings.from(properties);
            if (!next.equals(settings)) {
                settings = next;
                observer = observer == null ? null : reopen(observer.chain());
            }
            configurationError = null;
        } catch (IllegalArgumentException e) {
            configurationError = e.getMessage();
        }
    }

    private DevnetChainObserver reopen(DevnetChain previous) {
        try {
            return open(Optional.of(previous));
        } catch (ChainObserverException e) {
            return null; // reopened on next use, which reports the error
        }
    }

    private synchronized DevnetChainObserver observer() throws ChainObserverException {
        Map<String, Object> current = configuration.get();
        if (current != appliedConfiguration) {
            configure(current);
        }
        if (configurationError != null) {
            throw new ChainObserverException("devnet chain observer misconfigured: " + configurationError);
        }
        if (observer == null) {
            observer = open(Optional.empty());
            heartbeat = settings.pauseWhenStopped() ? settings.chainFile().map(ChainHeartbeat::new).orElse(null)
                    : null;
        }
        if (heartbeat != null) {
            try {
                heartbeat.beat(opener.now());
            } catch (IOException e) {
                throw new ChainObserverException("cannot record the devnet chain heartbeat: " + e.getMessage(), e);
            }
        }
        return observer;
    }

    private DevnetChainObserver open(Optional<DevnetChain> previous) throws ChainObserverException {
        try {
            return new DevnetChainObserver(opener.open(settings, previous), settings.stakes(),
                    settings.maxBlocksPerPoll());
        } catch (IOException | IllegalArgumentException e) {
            throw new ChainObserverException("cannot open the devnet chain: " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Long> currentEpoch() throws ChainObserverException {
        return observer().currentEpoch();
    }

    @Override
    public Optional<ChainPoint> currentChainPoint() throws ChainObserverException {
        return observer().currentChainPoint();
    }

    @Override
    public String currentEra() throws ChainObserverException {
        return observer().currentEra();
    }

    @Override
    public Optional<StakeDistribution> currentStakeDistribution() throws ChainObserverException {
        return observer().currentStakeDistribution();
    }

    @Override
    public Optional<Long> currentKesPeriod() throws ChainObserverException {
        return observer().currentKesPeriod();
    }

    @Override
    public List<TxDatum> currentDatums(String address) throws ChainObserverException {
        return observer().currentDatums(address);
    }

    @Override
    public BlockStream blockStream(Optional<ChainPoint> from) throws ChainObserverException {
        return observer().blockStream(from);
    }
}
