package io.mithril.core.internal.http;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.domain.EpochSettings;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.message.AggregatorStatusMessage;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.domain.message.ProtocolConfigurationMessage;
import io.mithril.domain.message.ProtocolParametersMessage;
import io.mithril.domain.message.SignerMessage;
import io.mithril.domain.message.SigningConfigMessage;
import io.mithril.store.EpochSettingRepository;

/** The messages of the routes that read the epoch service (aggregator.md §1.2: /status, /epoch-settings, /protocol-configuration). */
public final class EpochMessages {
    private static final String CARDANO_TRANSACTIONS = SignedEntityTypeDiscriminant.CARDANO_TRANSACTIONS.jsonName();
    private static final String CARDANO_BLOCKS_TRANSACTIONS =
            SignedEntityTypeDiscriminant.CARDANO_BLOCKS_TRANSACTIONS.jsonName();

    private EpochMessages() {
    }

    /**
     * {@code GET /status}: protocol = aggregation parameters (N−1), next_protocol = next aggregation parameters (N),
     * signer totals of the current and next signers, Cardano totals from the stakes stored under N−1.
     */
    public static AggregatorStatusMessage status(EpochData epoch, AggregatorSettings settings, String nodeVersion) {
        Map<String, Long> cardanoStakes = epoch.cardanoStakesOfPreviousEpoch();
        return new AggregatorStatusMessage(epoch.epoch(), epoch.eras().cardano(), settings.network(),
                epoch.eras().mithril(), settings.cardanoNodeVersion(), nodeVersion,
                ProtocolParametersMessage.from(epoch.aggregationSettings().protocolParameters()),
                ProtocolParametersMessage.from(epoch.nextAggregationSettings().protocolParameters()),
                epoch.currentSignersWithStake().size(), epoch.nextSignersWithStake().size(),
                totalStake(epoch.currentSignersWithStake()), totalStake(epoch.nextSignersWithStake()),
                cardanoStakes.size(), cardanoStakes.values().stream().mapToLong(Long::longValue).sum());
    }

    /**
     * {@code GET /epoch-settings}: registration parameters (N+1), current and next signers, and the aggregation
     * CardanoTransactions signing configuration when that type is signed.
     */
    public static EpochSettingsMessage epochSettings(EpochData epoch, boolean cardanoTransactionsAllowed) {
        SigningConfigMessage transactions = cardanoTransactionsAllowed
                ? epoch.aggregationSettings().cardanoTransactions().map(SigningConfigMessage::from).orElse(null)
                : null;
        return new EpochSettingsMessage(epoch.epoch(),
                ProtocolParametersMessage.from(epoch.registrationSettings().protocolParameters()),
                signers(epoch.currentSignersWithStake()), signers(epoch.nextSignersWithStake()), transactions);
    }

    /**
     * {@code GET /protocol-configuration/{epoch}} from the row stored for exactly that epoch; the available types are
     * the enabled ones, without the Cardano transactions types the row has no signing configuration for.
     */
    public static Optional<ProtocolConfigurationMessage> protocolConfiguration(long epoch,
            EpochSettingRepository settings, List<String> enabledTypes) {
        return settings.byEpoch(epoch).map(EpochSettingsRecords::toDomain)
                .map(row -> new ProtocolConfigurationMessage(ProtocolParametersMessage.from(row.protocolParameters()),
                        row.cardanoTransactions().map(SigningConfigMessage::from).orElse(null),
                        row.cardanoBlocksTransactions().map(SigningConfigMessage::from).orElse(null),
                        availableTypes(row, enabledTypes)));
    }

    private static List<String> availableTypes(EpochSettings row, List<String> enabledTypes) {
        return enabledTypes.stream()
                .filter(type -> !type.equals(CARDANO_TRANSACTIONS) || row.cardanoTransactions().isPresent())
                .filter(type -> !type.equals(CARDANO_BLOCKS_TRANSACTIONS) || row.cardanoBlocksTransactions().isPresent())
                .sorted(Comparator.comparingInt(EpochMessages::enumOrder)).toList();
    }

    /** The reference's enum order (MSD, CSD, CardanoDatabase, CTx, CBTx); other types after, as listed. */
    private static int enumOrder(String type) {
        return SignedEntityTypeDiscriminant.fromJsonName(type).map(Enum::ordinal).orElse(Integer.MAX_VALUE);
    }

    private static List<SignerMessage> signers(List<SignerWithStake> signers) {
        return signers.stream().map(s -> SignerMessage.from(s.toSigner())).toList();
    }

    private static long totalStake(List<SignerWithStake> signers) {
        return signers.stream().mapToLong(SignerWithStake::stake).sum();
    }
}
