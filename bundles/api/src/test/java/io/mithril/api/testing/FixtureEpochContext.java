package io.mithril.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.ProtocolParameters;
import io.mithril.spi.signedentity.RegisteredSigner;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The epoch service at epoch N as the devnet data set records it: the next signers (with stakes) and next protocol
 * parameters are those of MSD(N), and the stakes stored under key K are those of CSD(K−2) (aggregator.md §2.2).
 * Current signers and parameters are those of MSD(N−1).
 */
public final class FixtureEpochContext implements EpochContext {
    private final long epoch;

    public FixtureEpochContext(long epoch) {
        this.epoch = epoch;
    }

    @Override
    public long epoch() {
        return epoch;
    }

    @Override
    public ProtocolParameters currentProtocolParameters() {
        return parameters(msd(epoch - 1));
    }

    @Override
    public ProtocolParameters nextProtocolParameters() {
        return parameters(msd(epoch));
    }

    @Override
    public List<RegisteredSigner> currentSigners() {
        return signers(msd(epoch - 1));
    }

    @Override
    public List<RegisteredSigner> nextSigners() {
        return signers(msd(epoch));
    }

    /** @param recordedUnder the epoch key the aggregator stored the stakes under */
    @Override
    public Optional<StakeDistribution> stakeDistribution(long recordedUnder) {
        for (JsonNode csd : DevnetFixture.json(DevnetFixture.CSD_FILE)) {
            if (csd.get("epoch").asLong() + 2 == recordedUnder) {
                Map<String, Long> stakes = new TreeMap<>();
                csd.get("stake_distribution").fields()
                        .forEachRemaining(e -> stakes.put(e.getKey(), e.getValue().asLong()));
                return Optional.of(new StakeDistribution(stakes));
            }
        }
        return Optional.empty();
    }

    @Override
    public Optional<String> signingConfigJson(String discriminant) {
        return Optional.empty();
    }

    private static JsonNode msd(long epoch) {
        for (JsonNode msd : DevnetFixture.json(DevnetFixture.MSD_FILE)) {
            if (msd.get("epoch").asLong() == epoch) {
                return msd;
            }
        }
        throw new IllegalArgumentException("no Mithril stake distribution of epoch " + epoch + " in the data set");
    }

    private static ProtocolParameters parameters(JsonNode msd) {
        JsonNode p = msd.get("protocol_parameters");
        return new ProtocolParameters(p.get("k").asLong(), p.get("m").asLong(), p.get("phi_f").asDouble());
    }

    /** In the order the data lists them: a plugin must not rely on the order it is given. */
    private static List<RegisteredSigner> signers(JsonNode msd) {
        List<RegisteredSigner> signers = new ArrayList<>();
        for (JsonNode s : msd.get("signers")) {
            signers.add(new RegisteredSigner(s.get("party_id").asText(), s.get("verification_key").asText(),
                    s.hasNonNull("verification_key_signature") ? s.get("verification_key_signature").asText() : null,
                    s.hasNonNull("operational_certificate") ? s.get("operational_certificate").asText() : null,
                    s.hasNonNull("kes_period") ? s.get("kes_period").asLong() : null, s.get("stake").asLong()));
        }
        return signers;
    }
}
