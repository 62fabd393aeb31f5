package io.mithril.core.internal.osgi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.spi.chain.BlockStream;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;
import io.mithril.spi.config.AggregatorConfiguration;

/**
 * The chain observer named by {@code chain_observer_type}, among the installed ones (service property
 * {@value ChainObserver#TYPE_PROPERTY}). Observers may come and go (hot deploy): every call goes to the one installed
 * now, and fails with a {@link ChainObserverException} while there is none.
 */
@Component(service = ChainObservers.class, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class ChainObservers implements ChainObserver {
    private final Map<ChainObserver, String> installed = new ConcurrentHashMap<>();
    private volatile String configuredType;

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        configuredType = AggregatorSettings.fromProperties(properties).chainObserverType();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addObserver(ChainObserver observer, Map<String, Object> properties) {
        installed.put(observer, String.valueOf(properties.get(ChainObserver.TYPE_PROPERTY)));
    }

    void removeObserver(ChainObserver observer) {
        installed.remove(observer);
    }

    /** The observer of the configured type, if installed. */
    public Optional<ChainObserver> selected() {
        return installed.entrySet().stream().filter(e -> e.getValue().equals(configuredType))
                .map(Map.Entry::getKey).findFirst();
    }

    private ChainObserver require() throws ChainObserverException {
        return selected().orElseThrow(() -> new ChainObserverException(
                "no chain observer of type '" + configuredType + "' is installed"));
    }

    @Override
    public Optional<Long> currentEpoch() throws ChainObserverException {
        return require().currentEpoch();
    }

    @Override
    public Optional<ChainPoint> currentChainPoint() throws ChainObserverException {
        return require().currentChainPoint();
    }

    @Override
    public String currentEra() throws ChainObserverException {
        return require().currentEra();
    }

    @Override
    public Optional<StakeDistribution> currentStakeDistribution() throws ChainObserverException {
        return require().currentStakeDistribution();
    }

    @Override
    public Optional<Long> currentKesPeriod() throws ChainObserverException {
        return require().currentKesPeriod();
    }

    @Override
    public List<TxDatum> currentDatums(String address) throws ChainObserverException {
        return require().currentDatums(address);
    }

    @Override
    public BlockStream blockStream(Optional<ChainPoint> from) throws ChainObserverException {
        return require().blockStream(from);
    }

    @Override
    public Optional<Long> lastImmutableFileNumber() throws ChainObserverException {
        return require().lastImmutableFileNumber();
    }
}
