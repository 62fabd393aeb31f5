package io.mithril.plugin.csd.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.FixtureEpochContext;
import io.mithril.api.testing.ReferenceArtifactForms;
import io.mithril.domain.Certificate;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntity;
import io.mithril.domain.chain.ArtifactCertificateVerifier;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin recomputes the protocol-message parts of every devnet CSD certificate (epoch and MKTree root) from the
 * stakes the aggregator stored, and rebuilds every devnet CSD artifact byte for byte.
 */
class CardanoStakeDistributionPluginTest {
    private final CardanoStakeDistributionPlugin plugin = new CardanoStakeDistributionPlugin();
    private final Map<String, CertificateMessage> certificates = DevnetFixture.certificates();

    @Test
    void identity() {
        assertEquals("CardanoStakeDistribution", plugin.discriminant());
        assertEquals(1, plugin.order());
        assertEquals(Duration.ofSeconds(1800), plugin.openMessageTimeout());
    }

    @Test
    void theBeaconIsThePreviousEpochCertifiedOneEpochLater() throws Exception {
        Beacon beacon = plugin.beaconAt(new TimePoint(17, 3, null), new FixtureEpochContext(17)).orElseThrow();

        assertEquals(16, beacon.epoch());
        assertEquals(17, beacon.certificateEpoch());
        assertEquals("16", beacon.certificateJson());
        assertEquals("16", beacon.storageJson());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 16}, beacon.hashFeed());
        assertEquals(beacon, plugin.parseBeacon("16"));
        assertTrue(plugin.beaconAt(new TimePoint(0, 0, null), new FixtureEpochContext(0)).isEmpty());
    }

    @Test
    void messagePartsAreThoseOfEveryDevnetCertificate() throws Exception {
        int checked = 0;
        for (CertificateMessage certificate : certificates.values()) {
            if (certificate.isGenesis() || !certificate.signedEntityType().discriminant().jsonName()
                    .equals(CardanoStakeDistributionPlugin.DISCRIMINANT)) {
                continue;
            }
            long epoch = certificate.signedEntityType().epoch().value();
            FixtureEpochContext context = new FixtureEpochContext(certificate.epoch());
            if (context.stakeDistribution(epoch + 2).isEmpty()) {
                continue; // the data set has no stakes for CSD(24): its artifact was never captured
            }
            Map<String, String> parts = plugin.messageParts(new CsdBeacon(epoch), context);

            assertEquals(Map.of(
                    "cardano_stake_distribution_epoch", part(certificate,
                            ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_EPOCH),
                    "cardano_stake_distribution_merkle_root", part(certificate,
                            ProtocolMessagePartKey.CARDANO_STAKE_DISTRIBUTION_MERKLE_ROOT)), parts,
                    "CSD(" + epoch + ")");
            checked++;
        }
        assertEquals(9, checked, "10 CSD certificates, one of which (CSD(24)) has no artifact hence no stakes here");
    }

    @Test
    void everyDevnetArtifactIsRebuiltByteForByteAndMatchesItsCertificate() throws Exception {
        ArtifactCertificateVerifier verifier = ArtifactCertificateVerifier.withReferenceCrypto();
        int rebuilt = 0;
        for (JsonNode reference : DevnetFixture.json(DevnetFixture.CSD_FILE)) {
            long epoch = reference.get("epoch").asLong();
            CertificateMessage certificate = certificates.get(reference.get("certificate_hash").asText());

            Artifact artifact = plugin.buildArtifact(new CsdBeacon(epoch), info(certificate),
                    new FixtureEpochContext(epoch + 1));

            assertEquals(reference.get("hash").asText(), artifact.hash(), "hash of CSD(" + epoch + ")");
            assertEquals(ReferenceArtifactForms.cardanoStakeDistribution(reference), artifact.json());
            Certificate domain = certificate.toDomain();
            verifier.verify(new SignedEntity<>(StoredCardanoStakeDistribution.parse(artifact.json()).toArtifact(),
                    domain.hash(), Instant.EPOCH), artifact.hash(), domain);
            rebuilt++;
        }
        assertEquals(9, rebuilt);
    }

    @Test
    void missingStakesFailSoThatTheRuntimeRetries() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> plugin.messageParts(new CsdBeacon(40), new FixtureEpochContext(41)));
        assertTrue(error.getMessage().contains("epoch 42"), error.getMessage());
    }

    private static String part(CertificateMessage certificate, ProtocolMessagePartKey key) {
        return certificate.protocolMessage().get(key).orElseThrow();
    }

    private static CertificateInfo info(CertificateMessage c) {
        return new CertificateInfo(c.hash(), c.epoch(), c.signedMessage(), Map.of(), c.metadata().sealedAt());
    }
}
