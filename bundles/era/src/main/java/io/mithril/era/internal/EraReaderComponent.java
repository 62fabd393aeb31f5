package io.mithril.era.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.era.EraEpochToken;
import io.mithril.era.EraReader;
import io.mithril.era.EraReaderException;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.config.AggregatorConfiguration;

/**
 * The {@link EraReader} service, built from the aggregator configuration. The <code>cardano-chain</code> adapter
 * reads datums through the chain observer whose <code>chain.observer.type</code> equals
 * <code>chain_observer_type</code> (default <code>pallas</code>), looked up at read time.
 */
@Component(service = EraReader.class, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class EraReaderComponent implements EraReader {
    private static final Logger LOG = LoggerFactory.getLogger(EraReaderComponent.class);

    private final Map<String, ChainObserver> observersByType = new ConcurrentHashMap<>();
    private volatile ConfiguredEraReader reader;
    private volatile String observerType = "pallas";

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        Object type = properties.get("chain_observer_type");
        observerType = type == null ? "pallas" : type.toString();
        reader = ConfiguredEraReader.from(properties, this::chainObserver);
        if (reader.isMisconfigured()) {
            LOG.error("era reader misconfigured: {}", reader.configurationError());
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addChainObserver(ChainObserver observer, Map<String, Object> properties) {
        Object type = properties.get(ChainObserver.TYPE_PROPERTY);
        if (type != null) {
            observersByType.put(type.toString(), observer);
        }
    }

    void removeChainObserver(ChainObserver observer, Map<String, Object> properties) {
        Object type = properties.get(ChainObserver.TYPE_PROPERTY);
        if (type != null) {
            observersByType.remove(type.toString(), observer);
        }
    }

    private ChainObserver chainObserver() throws ChainObserverException {
        ChainObserver observer = observersByType.get(observerType);
        if (observer == null) {
            throw new ChainObserverException("no chain observer of type '" + observerType + "' is installed (needed by"
                    + " the cardano-chain era reader adapter); installed: " + observersByType.keySet());
        }
        return observer;
    }

    @Override
    public EraEpochToken readEraEpochToken(long currentEpoch) throws EraReaderException {
        return reader.readEraEpochToken(currentEpoch);
    }
}
