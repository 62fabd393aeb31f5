package io.mithril.chain.cardanocli.internal;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import java.util.function.Supplier;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;

import io.mithril.chain.cardanocli.CardanoCliChainObserver;
import io.mithril.chain.cardanocli.CardanoNetwork;
import io.mithril.chain.cardanocli.ProcessCliRunner;
import io.mithril.spi.chain.BlockStream;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.ChainPoint;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.chain.TxDatum;

/**
 * The <code>cardano-cli</code> chain observer service, configured by <code>cardano_cli_path</code>,
 * <code>cardano_node_socket_path</code>, <code>network</code> and <code>network_magic</code> (read from
 * {@link AggregatorSettings}, re-read when they change). A bad configuration does not hide the service: every query
 * then fails with a message naming the setting.
 */
@Component(service = ChainObserver.class, configurationPolicy = ConfigurationPolicy.IGNORE,
        property = ChainObserver.TYPE_PROPERTY + "=cardano-cli")
public final class CardanoCliObserverComponent implements ChainObserver {
    private final Supplier<Map<String, Object>> configuration;
    private Map<String, Object> appliedConfiguration;
    private ChainObserver delegate;
    private String configurationError;

    @Activate
    public CardanoCliObserverComponent(@Reference(name = "settings") AggregatorSettings settings) {
        this(settings::properties);
    }

    CardanoCliObserverComponent(Supplier<Map<String, Object>> configuration) {
        this.configuration = configuration;
    }

    private void configure(Map<String, Object> properties) {
        appliedConfiguration = properties;
        try {
            delegate = new CardanoCliChainObserver(new ProcessCliRunner(Path.of(required(properties,
                    "cardano_cli_path")), Path.of(required(properties, "cardano_node_socket_path")),
                    CardanoNetwork.fromConfiguration(required(properties, "network"), magic(properties)),
                    ProcessCliRunner.DEFAULT_TIMEOUT));
            configurationError = null;
        } catch (IllegalArgumentException e) {
            delegate = null;
            configurationError = e.getMessage();
        }
    }

    private static String required(Map<String, Object> properties, String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            throw new IllegalArgumentException(key + " is not configured (env " + key.toUpperCase(java.util.Locale.ROOT) + ")");
        }
        return value.toString();
    }

    private static OptionalLong magic(Map<String, Object> properties) {
        Object value = properties.get("network_magic");
        if (value == null) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(value instanceof Number n ? n.longValue() : Long.parseUnsignedLong(
                    value.toString().trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("network_magic '" + value + "' is not an unsigned integer");
        }
    }

    private synchronized ChainObserver observer() throws ChainObserverException {
        Map<String, Object> current = configuration.get();
        if (current != appliedConfiguration) {
            configure(current);
        }
        if (delegate == null) {
            throw new ChainObserverException("cardano-cli chain observer misconfigured: " + configurationError);
        }
        return delegate;
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
