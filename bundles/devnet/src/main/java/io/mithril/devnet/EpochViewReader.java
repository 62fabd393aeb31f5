package io.mithril.devnet;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import io.mithril.devnet.AggregatorClient.AggregatorClientException;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.domain.message.ProtocolConfigurationMessage;
import io.mithril.domain.message.SignerMessage;
import io.mithril.spi.chain.StakeDistribution;

/**
 * Assembles a {@link SignerEpochView} at epoch N the way the reference signer does: current signers from
 * <code>/epoch-settings</code> with the stakes stored under N−1, next signers with the stakes under N, parameters from
 * <code>/protocol-configuration/{N−1}</code> (aggregation) and <code>/{N}</code> (next aggregation), and the types
 * enabled by the aggregation configuration. Protocol configurations are cached: they never change once stored.
 */
public final class EpochViewReader {
    private static final int CACHED_CONFIGURATIONS = 8;

    private final AggregatorClient client;
    private final StakeStore stakes;
    private final Map<Long, ProtocolConfigurationMessage> configurations = new HashMap<>();

    public EpochViewReader(AggregatorClient client, StakeStore stakes) {
        this.client = Objects.requireNonNull(client, "client");
        this.stakes = Objects.requireNonNull(stakes, "stakes");
    }

    /**
     * @return empty when something the view needs is not available yet; {@code missing} then says what
     */
    public Optional<SignerEpochView> read(EpochSettingsMessage settings, List<String> missing)
            throws AggregatorClientException {
        long epoch = settings.epoch();
        Optional<ProtocolConfigurationMessage> aggregation = configuration(epoch - 1);
        Optional<ProtocolConfigurationMessage> nextAggregation = configuration(epoch);
        Optional<StakeDistribution> currentStakes = stakes.get(epoch - 1);
        Optional<StakeDistribution> nextStakes = stakes.get(epoch);
        if (aggregation.isEmpty() || nextAggregation.isEmpty()) {
            missing.add("protocol configuration of epoch " + (aggregation.isEmpty() ? epoch - 1 : epoch));
        }
        if (currentStakes.isEmpty() || nextStakes.isEmpty()) {
            missing.add("stake distribution under epoch " + (currentStakes.isEmpty() ? epoch - 1 : epoch));
        }
        if (!missing.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new SignerEpochView(epoch, aggregation.get().protocolParameters().toDomain(),
                nextAggregation.get().protocolParameters().toDomain(),
                withStakes(settings.currentSigners(), currentStakes.get()),
                withStakes(settings.nextSigners(), nextStakes.get()),
                enabledTypes(aggregation.get())));
    }

    /** Signers with their stakes; a signer absent from the distribution weighs 0, as in the reference signer. */
    static List<SignerWithStake> withStakes(List<SignerMessage> signers, StakeDistribution distribution) {
        List<SignerWithStake> result = new ArrayList<>(signers == null ? 0 : signers.size());
        if (signers != null) {
            for (SignerMessage signer : signers) {
                result.add(signer.toDomain().withStake(distribution.stakeOf(signer.partyId())));
            }
        }
        return result;
    }

    /** The known discriminants of <code>available_signed_entity_types</code>; unknown names are ignored. */
    static Set<SignedEntityTypeDiscriminant> enabledTypes(ProtocolConfigurationMessage configuration) {
        Set<SignedEntityTypeDiscriminant> types = EnumSet.noneOf(SignedEntityTypeDiscriminant.class);
        if (configuration.availableSignedEntityTypes() != null) {
            for (String name : configuration.availableSignedEntityTypes()) {
                SignedEntityTypeDiscriminant.fromJsonName(name).filter(d -> !d.isDiscontinued()).ifPresent(types::add);
            }
        }
        return types;
    }

    private Optional<ProtocolConfigurationMessage> configuration(long epoch) throws AggregatorClientException {
        if (epoch < 0) {
            return Optional.empty();
        }
        synchronized (configurations) {
            ProtocolConfigurationMessage cached = configurations.get(epoch);
            if (cached != null) {
                return Optional.of(cached);
            }
        }
        Optional<ProtocolConfigurationMessage> fetched = client.protocolConfiguration(epoch);
        fetched.ifPresent(configuration -> {
            synchronized (configurations) {
                if (configurations.size() >= CACHED_CONFIGURATIONS) {
                    configurations.keySet().stream().min(Long::compare).ifPresent(configurations::remove);
                }
                configurations.put(epoch, configuration);
            }
        });
        return fetched;
    }
}
