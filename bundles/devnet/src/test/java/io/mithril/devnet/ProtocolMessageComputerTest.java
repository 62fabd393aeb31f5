package io.mithril.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.devnet.SignableParts.MessageComputationException;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.SignerWithStake;

/**
 * The simulator's protocol messages, computed from what a signer knows, against the certificates of the reference's
 * devnet: at epoch E the next signers and next parameters are those of the MithrilStakeDistribution artifact of E,
 * and the CardanoStakeDistribution(X) stakes are those of its artifact.
 */
class ProtocolMessageComputerTest {
    private static final EnumSet<SignedEntityTypeDiscriminant> MSD_AND_CSD = EnumSet.of(
            SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION,
            SignedEntityTypeDiscriminant.CARDANO_STAKE_DISTRIBUTION);

    private static SignerEpochView viewAt(long epoch, JsonNode msdOfEpoch) {
        ProtocolParameters next = ReferenceData.parameters(msdOfEpoch.get("protocol_parameters"));
        // current signers and parameters do not enter a protocol message
        return new SignerEpochView(epoch, next, next, List.of(), ReferenceData.signers(msdOfEpoch), MSD_AND_CSD);
    }

    @Test
    void everyMithrilStakeDistributionMessageEqualsItsCertificate() throws Exception {
        ProtocolMessageComputer computer = ProtocolMessageComputer.standard(new StakeStore());
        List<JsonNode> artifacts = ReferenceData.mithrilStakeDistributions();
        for (JsonNode artifact : artifacts) {
            long epoch = artifact.get("epoch").asLong();
            JsonNode certificate = ReferenceData.certificate(artifact.get("certificate_hash").asText());
            SignedEntityType type = new SignedEntityType.MithrilStakeDistribution(Epoch.of(epoch));

            ProtocolMessage message = computer.compute(type, viewAt(epoch, artifact));

            assertEquals(ReferenceData.parts(certificate), wireParts(message), "MSD(" + epoch + ") parts");
            assertEquals(certificate.get("signed_message").asText(), message.computeHash(), "MSD(" + epoch + ")");
        }
        assertEquals(9, artifacts.size());
    }

    @Test
    void nextAvkOfTheArtifactSignersIsTheAvkOfTheNextEpochCertificates() throws Exception {
        ProtocolMessageComputer computer = ProtocolMessageComputer.standard(new StakeStore());
        int checked = 0;
        for (JsonNode artifact : ReferenceData.mithrilStakeDistributions()) {
            long epoch = artifact.get("epoch").asLong();
            String nextAvk = computer.seedParts(viewAt(epoch, artifact)).parts()
                    .get(io.mithril.domain.ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY);
            for (JsonNode certificate : ReferenceData.certificates()) {
                if (certificate.get("epoch").asLong() == epoch + 1 && !certificate.get("previous_hash").asText().isEmpty()) {
                    assertEquals(certificate.get("aggregate_verification_key").asText(), nextAvk,
                            "AVK of " + certificate.get("hash").asText());
                    checked++;
                }
            }
        }
        assertEquals(39, checked, "the standard certificates of epochs 17..25 (stm.md §3: 39 of 42)");
    }

    @Test
    void everyCardanoStakeDistributionMessageEqualsItsCertificate() throws Exception {
        int checked = 0;
        for (JsonNode artifact : ReferenceData.cardanoStakeDistributions()) {
            long stakeEpoch = artifact.get("epoch").asLong();
            long signingEpoch = stakeEpoch + 1;
            Optional<JsonNode> msd = ReferenceData.mithrilStakeDistribution(signingEpoch);
            assertTrue(msd.isPresent(), "MSD artifact of epoch " + signingEpoch);
            StakeStore stakes = new StakeStore();
            stakes.put(stakeEpoch + 2, ReferenceData.stakes(artifact));
            ProtocolMessageComputer computer = ProtocolMessageComputer.standard(stakes);
            SignerEpochView view = viewAt(signingEpoch, msd.get());
            SignedEntityType beacon = computer.beaconsToSign(view).get(1);
            assertEquals(new SignedEntityType.CardanoStakeDistribution(Epoch.of(stakeEpoch)), beacon);

            ProtocolMessage message = computer.compute(beacon, view);

            JsonNode certificate = ReferenceData.certificate(artifact.get("certificate_hash").asText());
            assertEquals(ReferenceData.parts(certificate), wireParts(message), "CSD(" + stakeEpoch + ") parts");
            assertEquals(certificate.get("signed_message").asText(), message.computeHash(), "CSD(" + stakeEpoch + ")");
            checked++;
        }
        assertEquals(9, checked, "CSD(15..23)");
    }

    @Test
    void seedPartsOfEveryStandardCertificate() throws Exception {
        ProtocolMessageComputer computer = ProtocolMessageComputer.standard(new StakeStore());
        int checked = 0;
        for (JsonNode certificate : ReferenceData.certificates()) {
            long epoch = certificate.get("epoch").asLong();
            Optional<JsonNode> msd = ReferenceData.mithrilStakeDistribution(epoch);
            if (certificate.get("previous_hash").asText().isEmpty() || msd.isEmpty()) {
                continue;
            }
            Map<String, String> expected = ReferenceData.parts(certificate);
            Map<String, String> seed = wireParts(computer.seedParts(viewAt(epoch, msd.get())));
            seed.forEach((key, value) -> assertEquals(expected.get(key), value, key + " of " + certificate.get("hash")));
            checked++;
        }
        assertTrue(checked >= 38, "checked " + checked);
    }

    @Test
    void missingNextSignersOrStakesAreReportedNotGuessed() {
        ProtocolMessageComputer computer = ProtocolMessageComputer.standard(new StakeStore());
        JsonNode msd = ReferenceData.mithrilStakeDistributions().get(0);
        long epoch = msd.get("epoch").asLong();
        SignerEpochView noNextSigners = new SignerEpochView(epoch, ReferenceData.parameters(msd.get("protocol_parameters")),
                ReferenceData.parameters(msd.get("protocol_parameters")), List.of(), List.<SignerWithStake>of(),
                MSD_AND_CSD);
        assertThrows(MessageComputationException.class, () -> computer.compute(
                new SignedEntityType.MithrilStakeDistribution(Epoch.of(epoch)), noNextSigners));
        assertThrows(MessageComputationException.class, () -> computer.compute(
                new SignedEntityType.CardanoStakeDistribution(Epoch.of(epoch - 1)), viewAt(epoch, msd)));
    }

    @Test
    void onlyEnabledTypesAreSignedInReferenceOrder() {
        ProtocolMessageComputer computer = ProtocolMessageComputer.standard(new StakeStore());
        JsonNode msd = ReferenceData.mithrilStakeDistributions().get(0);
        ProtocolParameters parameters = ReferenceData.parameters(msd.get("protocol_parameters"));
        SignerEpochView onlyMsd = new SignerEpochView(20, parameters, parameters, List.of(), List.of(),
                EnumSet.of(SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION,
                        SignedEntityTypeDiscriminant.CARDANO_TRANSACTIONS));
        assertEquals(List.of(new SignedEntityType.MithrilStakeDistribution(Epoch.of(20))),
                computer.beaconsToSign(onlyMsd));
        assertEquals(List.of(new SignedEntityType.MithrilStakeDistribution(Epoch.of(20)),
                new SignedEntityType.CardanoStakeDistribution(Epoch.of(19))),
                computer.beaconsToSign(new SignerEpochView(20, parameters, parameters, List.of(), List.of(),
                        MSD_AND_CSD)));
    }

    private static Map<String, String> wireParts(ProtocolMessage message) {
        Map<String, String> parts = new LinkedHashMap<>();
        message.parts().forEach((key, value) -> parts.put(key.wireName(), value));
        return parts;
    }
}
