package io.mithril.plugin.msd.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.FixtureEpochContext;
import io.mithril.api.testing.ReferenceArtifactForms;
import io.mithril.domain.Certificate;
import io.mithril.domain.SignedEntity;
import io.mithril.domain.chain.ArtifactCertificateVerifier;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Artifact;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.CertificateInfo;
import io.mithril.spi.signedentity.RegisteredSigner;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The plugin rebuilds every devnet Mithril stake distribution byte for byte from the epoch service's view (next
 * signers, next parameters), and each rebuilt artifact matches its reference certificate, including the next AVK
 * recomputed from the signers with real STM code.
 */
class MithrilStakeDistributionPluginTest {
    private final MithrilStakeDistributionPlugin plugin = new MithrilStakeDistributionPlugin();
    private final Map<String, CertificateMessage> certificates = DevnetFixture.certificates();

    @Test
    void identity() {
        assertEquals("MithrilStakeDistribution", plugin.discriminant());
        assertEquals(0, plugin.order());
        assertEquals(Duration.ofSeconds(3600), plugin.openMessageTimeout());
    }

    @Test
    void theBeaconIsTheCurrentEpoch() throws Exception {
        Beacon beacon = plugin.beaconAt(new TimePoint(24, 6, null), new FixtureEpochContext(24)).orElseThrow();

        assertEquals(24, beacon.epoch());
        assertEquals(24, beacon.certificateEpoch());
        assertEquals("24", beacon.certificateJson());
        assertEquals("24", beacon.storageJson());
        assertArrayEquals(new byte[] {0, 0, 0, 0, 0, 0, 0, 24}, beacon.hashFeed());
        assertEquals(beacon, plugin.parseBeacon(beacon.storageJson()));
        assertThrows(IllegalArgumentException.class, () -> plugin.parseBeacon("{\"epoch\":24}"));
    }

    @Test
    void itAddsNoPartOfItsOwn() throws Exception {
        assertEquals(Map.of(), plugin.messageParts(new MsdBeacon(24), new FixtureEpochContext(24)));
    }

    @Test
    void everyDevnetArtifactIsRebuiltByteForByteAndMatchesItsCertificate() throws Exception {
        ArtifactCertificateVerifier verifier = ArtifactCertificateVerifier.withReferenceCrypto();
        int rebuilt = 0;
        for (JsonNode reference : DevnetFixture.json(DevnetFixture.MSD_FILE)) {
            long epoch = reference.get("epoch").asLong();
            CertificateMessage certificate = certificates.get(reference.get("certificate_hash").asText());

            Artifact artifact = plugin.buildArtifact(new MsdBeacon(epoch), info(certificate),
                    new ShuffledSigners(epoch));

            assertEquals(reference.get("hash").asText(), artifact.hash(), "hash of MSD(" + epoch + ")");
            assertEquals(ReferenceArtifactForms.mithrilStakeDistribution(reference), artifact.json(),
                    "stored JSON of MSD(" + epoch + ")");
            Certificate domain = certificate.toDomain();
            verifier.verify(new SignedEntity<>(StoredMithrilStakeDistribution.parse(artifact.json()).toArtifact(),
                    domain.hash(), Instant.EPOCH), artifact.hash(), domain);
            rebuilt++;
        }
        assertEquals(9, rebuilt);
    }

    private static CertificateInfo info(CertificateMessage c) {
        return new CertificateInfo(c.hash(), c.epoch(), c.signedMessage(), Map.of(), c.metadata().sealedAt());
    }

    /** The devnet epoch service, handing the signers in reverse order: the artifact must sort them by party id. */
    private static final class ShuffledSigners extends FixtureEpochContextDelegate {
        ShuffledSigners(long epoch) {
            super(new FixtureEpochContext(epoch));
        }

        @Override
        public List<RegisteredSigner> nextSigners() {
            List<RegisteredSigner> signers = new ArrayList<>(super.nextSigners());
            Collections.reverse(signers);
            return signers;
        }
    }
}
