package io.mithril.tools.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.api.testing.JsonAssertions;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code verify-chain} logic on the reference's devnet data set, with the real cryptography: the untouched set
 * verifies 43/43 with every artifact that has a certificate, and each kind of tampering is caught with the reason the
 * reference's verifier would give.
 */
class ChainVerificationTest {
    @TempDir
    Path temporary;

    private final ChainVerification verification =
            ChainVerification.withReferenceCrypto(DevnetFixture.genesisVerificationKey());

    @Test
    void theDevnetChainAndItsArtifactsVerify() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals(List.of(), report.failures());
        assertEquals("verified 43/43 certificates", report.summaryLine());
        assertEquals(40, report.artifactsVerified(), "MSD 9, CSD 9, CardanoDatabase 11, CTX 5, CBTX 6");
        assertEquals(40, report.artifactsChecked());
        assertEquals(24, report.skipped().size(), "13 CTX and 11 CBTX artifacts whose certificate is not in the set");
        assertTrue(report.success());
    }

    @Test
    void aFlippedMultiSignatureIsRejected() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        String leaf = devnet.leafCertificate();
        String forged = devnet.alterCertificate(leaf, c -> c.put("multi_signature",
                flipFirstSignatureByte(c.get("multi_signature").asText())), true);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals("verified 42/43 certificates", report.summaryLine());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("certificate " + forged + ": VerifyMultiSignature"),
                report.failures().get(0));
        assertFalse(report.success());
    }

    @Test
    void aFlippedGenesisSignatureBreaksEveryChain() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        devnet.alterCertificate(DevnetDirectory.GENESIS, c -> {
            String signature = c.get("genesis_signature").asText();
            c.put("genesis_signature", (signature.charAt(0) == '0' ? "1" : "0") + signature.substring(1));
        }, false);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals("verified 0/43 certificates", report.summaryLine());
        assertTrue(report.failures().stream().anyMatch(f -> f.startsWith("certificate " + DevnetDirectory.GENESIS
                + ": CertificateHashUnmatch")), report.failures().toString());
        assertEquals(42, report.failures().stream()
                .filter(f -> f.contains("its chain is broken at " + DevnetDirectory.GENESIS)).count());
    }

    @Test
    void aResealedGenesisWithAFlippedSignatureFailsTheEd25519Check() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        String forged = devnet.alterCertificate(DevnetDirectory.GENESIS, c -> {
            String signature = c.get("genesis_signature").asText();
            c.put("genesis_signature", signature.substring(0, 127) + (signature.charAt(127) == '0' ? "1" : "0"));
        }, true);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertTrue(report.failures().stream().anyMatch(f -> f.startsWith("certificate " + forged
                + ": CertificateGenesis")), report.failures().toString());
    }

    @Test
    void aBrokenParentLinkIsRejected() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        String leaf = devnet.leafCertificate();
        String unknownParent = "ee".repeat(32);
        String forged = devnet.alterCertificate(leaf, c -> c.put("previous_hash", unknownParent), true);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals("verified 42/43 certificates", report.summaryLine());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("certificate " + forged + ": CertificateRetrieval"),
                report.failures().get(0));
        assertTrue(report.failures().get(0).contains(unknownParent), report.failures().get(0));
    }

    @Test
    void anEditedParentLinkWithoutResealingFailsTheHashCheck() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        String leaf = devnet.leafCertificate();
        devnet.alterCertificate(leaf, c -> c.put("previous_hash", DevnetDirectory.GENESIS), false);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals(List.of("certificate " + leaf + ": CertificateHashUnmatch"),
                report.failures().stream().map(f -> f.substring(0, f.indexOf(" for certificate"))).toList());
    }

    @Test
    void aTamperedArtifactIsRejectedWhileItsCertificateStillVerifies() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        ObjectNode distributions = devnet.read(DevnetFixture.CSD_FILE);
        String hash = distributions.fieldNames().next();
        ObjectNode stakes = (ObjectNode) distributions.get(hash).get("stake_distribution");
        String pool = stakes.fieldNames().next();
        stakes.put(pool, stakes.get(pool).asLong() + 1);
        devnet.write(DevnetFixture.CSD_FILE, distributions);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals("verified 43/43 certificates", report.summaryLine());
        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("artifact CardanoStakeDistribution " + hash
                + ": ARTIFACT_HASH_MISMATCH"), report.failures().get(0));
        assertFalse(report.success());
    }

    @Test
    void aTamperedArtifactServedUnderItsNewHashFailsOnTheCertifiedParts() throws Exception {
        DevnetDirectory devnet = DevnetDirectory.copyTo(temporary);
        ObjectNode distributions = devnet.read(DevnetFixture.MSD_FILE);
        String hash = distributions.fieldNames().next();
        ObjectNode msd = (ObjectNode) distributions.get(hash);
        ObjectNode signer = (ObjectNode) msd.get("signers").get(0);
        signer.put("stake", signer.get("stake").asLong() * 2);
        String rehashed = ArtifactKind.MITHRIL_STAKE_DISTRIBUTION.read(msd).computeHash();
        msd.put("hash", rehashed);
        distributions.remove(hash);
        distributions.set(rehashed, msd);
        devnet.write(DevnetFixture.MSD_FILE, distributions);

        VerificationReport report = verification.verify(new DirectoryChainSource(devnet.path));

        assertEquals(1, report.failures().size(), report.failures().toString());
        assertTrue(report.failures().get(0).startsWith("artifact MithrilStakeDistribution " + rehashed
                + ": PROTOCOL_MESSAGE_PART_MISMATCH: next_aggregate_verification_key"), report.failures().get(0));
    }

    /** Decodes the JSON-hex aggregate signature, changes one byte of its first BLS signature, re-encodes it. */
    private static String flipFirstSignatureByte(String jsonHex) {
        JsonNode signature = JsonAssertions.parse(new String(HexFormat.of().parseHex(jsonHex), StandardCharsets.UTF_8));
        ArrayNode sigma = firstByteArray(signature);
        sigma.set(5, sigma.get(5).asInt() ^ 0x01);
        return HexFormat.of().formatHex(signature.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** The first array of at least 48 numbers, depth first: a compressed BLS signature. */
    private static ArrayNode firstByteArray(JsonNode node) {
        if (node.isArray() && node.size() >= 48 && node.get(0).isNumber()) {
            return (ArrayNode) node;
        }
        for (JsonNode child : node) {
            ArrayNode found = firstByteArray(child);
            if (found != null) {
                return found;
            }
        }
        return null;
    }
}
