package io.mithril.crypto.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.crypto.testutil.TestData;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The 42 multi-signatures of the reference devnet chain (testdata/devnet-chain/certificates.json). */
class DevnetCertificatesTest {
    private static final JsonNode CERTIFICATES = TestData.resource("devnet-chain/certificates.json");

    private record Cert(String hash, ConcatenationProof proof, AggregateVerificationKey avk, Parameters params,
                        byte[] msg, JsonNode json) {
        void verify() throws StmException {
            proof.verify(msg, avk, params);
        }
    }

    private static List<Cert> multiSignedCertificates() throws StmException {
        List<Cert> certs = new ArrayList<>();
        for (JsonNode c : CERTIFICATES) {
            String multiSignature = c.get("multi_signature").asText();
            if (multiSignature.isEmpty()) {
                continue;
            }
            JsonNode p = c.get("metadata").get("parameters");
            certs.add(new Cert(c.get("hash").asText(),
                    StmJsonHex.decodeAggregateSignature(multiSignature),
                    StmJsonHex.decodeAggregateVerificationKey(c.get("aggregate_verification_key").asText()),
                    new Parameters(p.get("m").asLong(), p.get("k").asLong(), p.get("phi_f").asDouble()),
                    c.get("signed_message").asText().getBytes(StandardCharsets.UTF_8), c));
        }
        return certs;
    }

    private static Cert first() throws StmException {
        return multiSignedCertificates().get(0);
    }

    @Test
    void all42MultiSignaturesVerify() throws StmException {
        List<Cert> certs = multiSignedCertificates();
        assertEquals(43, CERTIFICATES.size());
        assertEquals(42, certs.size());
        for (Cert cert : certs) {
            cert.verify();
        }
    }

    @Test
    void jsonHexReEncodingIsByteIdentical() throws StmException {
        for (Cert cert : multiSignedCertificates()) {
            assertEquals(cert.json.get("multi_signature").asText(), StmJsonHex.encode(cert.proof), cert.hash);
            assertEquals(cert.json.get("aggregate_verification_key").asText(), StmJsonHex.encode(cert.avk), cert.hash);
            String next = cert.json.get("protocol_message").get("message_parts").path("next_aggregate_verification_key")
                    .asText();
            if (!next.isEmpty()) {
                assertEquals(next, StmJsonHex.encode(StmJsonHex.decodeAggregateVerificationKey(next)), cert.hash);
            }
        }
    }

    @Test
    void signingTheDecodedDigestInsteadOfTheHexTextFails() throws StmException {
        Cert c = first();
        byte[] digest = TestData.hex(new String(c.msg, StandardCharsets.US_ASCII));
        assertEquals(StmError.LOTTERY_LOST, kind(() -> c.proof.verify(digest, c.avk, c.params)));
    }

    @Test
    void flippedBitInMessageLosesTheLottery() throws StmException {
        Cert c = first();
        byte[] msg = c.msg.clone();
        msg[10] ^= 0x01;
        assertEquals(StmError.LOTTERY_LOST, kind(() -> c.proof.verify(msg, c.avk, c.params)));
        // With the lottery bypassed (phi_f = 1) the aggregate BLS check is what catches it.
        Parameters always = new Parameters(c.params.m(), c.params.k(), 1.0);
        c.proof.verify(c.msg, c.avk, always);
        assertEquals(StmError.AGGREGATE_SIGNATURE_INVALID, kind(() -> c.proof.verify(msg, c.avk, always)));
    }

    @Test
    void flippedBitInAvkRoot() throws StmException {
        Cert c = first();
        byte[] root = c.avk.root();
        root[0] ^= 0x01;
        AggregateVerificationKey tampered = new AggregateVerificationKey(root, c.avk.nrLeaves(), c.avk.totalStake());
        assertEquals(StmError.LOTTERY_LOST, kind(() -> c.proof.verify(c.msg, tampered, c.params)));
        Parameters always = new Parameters(c.params.m(), c.params.k(), 1.0);
        assertEquals(StmError.BATCH_PATH_INVALID, kind(() -> c.proof.verify(c.msg, tampered, always)));
    }

    /**
     * A flipped bit in a compressed sigma gives an x off the curve, or a point outside the prime-order subgroup (the
     * cofactor of G1 is ~2^126): either way the multi-signature no longer decodes, with the specific kind.
     */
    @Test
    void flippedBitInSigmaIsRejectedAtDecoding() throws StmException {
        Cert c = first();
        byte[] sigma = c.proof.signatures().get(0).signature().sigma().toBytes();
        for (int position : new int[] {1, 20, 47}) {
            for (int bit = 0; bit < 8; bit++) {
                byte[] flipped = sigma.clone();
                flipped[position] ^= (byte) (1 << bit);
                String tamperedHex = replaceSigma(c, sigma, flipped);
                StmError expected = onCurve(flipped) ? StmError.SIGNATURE_MALFORMED : StmError.SERIALIZATION;
                assertEquals(expected, kind(() -> StmJsonHex.decodeAggregateSignature(tamperedHex)),
                        "byte " + position + " bit " + bit);
            }
        }
    }

    private static boolean onCurve(byte[] compressed) {
        try {
            new supranational.blst.P1_Affine(compressed);
            return true;
        } catch (RuntimeException notOnCurve) {
            return false;
        }
    }

    @Test
    void changedStakeBreaksTheBatchPath() throws StmException {
        Cert c = first();
        SingleSignatureWithRegisteredParty s = c.proof.signatures().get(0);
        RegistrationEntry entry = s.registrationEntry();
        ConcatenationProof tampered = replaceFirst(c.proof, new SingleSignatureWithRegisteredParty(s.signature(),
                new RegistrationEntry(entry.verificationKey(), entry.stake() + 1)));
        assertEquals(StmError.BATCH_PATH_INVALID, kind(() -> tampered.verify(c.msg, c.avk, c.params)));
    }

    @Test
    void duplicatedIndexIsNotUnique() throws StmException {
        Cert c = first();
        SingleSignatureWithRegisteredParty s = c.proof.signatures().get(0);
        long[] indexes = s.signature().indexes();
        long[] duplicated = Arrays.copyOf(indexes, indexes.length + 1);
        duplicated[indexes.length] = indexes[0];
        ConcatenationProof tampered = replaceFirst(c.proof, new SingleSignatureWithRegisteredParty(
                new SingleSignature(s.signature().sigma(), duplicated, s.signature().signerIndex()), s.registrationEntry()));
        assertEquals(StmError.INDEX_NOT_UNIQUE, kind(() -> tampered.verify(c.msg, c.avk, c.params)));

        List<SingleSignatureWithRegisteredParty> twice = new ArrayList<>(c.proof.signatures());
        twice.add(s);
        ConcatenationProof repeated = new ConcatenationProof(twice, c.proof.batchProof());
        assertEquals(StmError.INDEX_NOT_UNIQUE, kind(() -> repeated.verify(c.msg, c.avk, c.params)));
    }

    @Test
    void quorumAndIndexBound() throws StmException {
        Cert c = first();
        long count = c.proof.signatures().stream().mapToLong(s -> s.signature().indexCount()).sum();
        long maxIndex = c.proof.signatures().stream().flatMapToLong(s -> Arrays.stream(s.signature().indexes()))
                .max().orElseThrow();
        c.proof.verify(c.msg, c.avk, new Parameters(c.params.m(), count, c.params.phiF()));
        assertEquals(StmError.NOT_ENOUGH_SIGNATURES,
                kind(() -> c.proof.verify(c.msg, c.avk, new Parameters(c.params.m(), count + 1, c.params.phiF()))));
        // Reference quirk: index == m is accepted, only index > m is out of bounds.
        c.proof.verify(c.msg, c.avk, new Parameters(maxIndex, c.params.k(), c.params.phiF()));
        assertEquals(StmError.INDEX_BOUND_FAILED,
                kind(() -> c.proof.verify(c.msg, c.avk, new Parameters(maxIndex - 1, c.params.k(), c.params.phiF()))));
    }

    @Test
    void sigmaOfAnotherSignerIsCaughtByTheAggregateCheck() throws StmException {
        Cert c = multiSignedCertificates().stream().filter(x -> x.proof.signatures().size() >= 2).findFirst().orElseThrow();
        List<SingleSignatureWithRegisteredParty> sigs = new ArrayList<>(c.proof.signatures());
        SingleSignature a = sigs.get(0).signature();
        SingleSignature b = sigs.get(1).signature();
        sigs.set(0, new SingleSignatureWithRegisteredParty(new SingleSignature(b.sigma(), a.indexes(), a.signerIndex()),
                sigs.get(0).registrationEntry()));
        ConcatenationProof tampered = new ConcatenationProof(sigs, c.proof.batchProof());
        Parameters always = new Parameters(c.params.m(), c.params.k(), 1.0);
        assertEquals(StmError.AGGREGATE_SIGNATURE_INVALID, kind(() -> tampered.verify(c.msg, c.avk, always)));
    }

    /** Stake distribution artifacts: rebuilding each registration from its signers gives the certified next AVK. */
    @Test
    void stakeDistributionsRebuildTheCertifiedNextAvk() throws Exception {
        assumeTrue(TestData.sharedTestdataPresent(), "shared testdata absent");
        JsonNode distributions = TestData.JSON.readTree(
                TestData.sharedTestdata().resolve("devnet-chain/mithril-stake-distributions.json").toFile());
        int checked = 0;
        for (JsonNode msd : distributions) {
            KeyRegistration registration = new KeyRegistration();
            for (JsonNode signer : msd.get("signers")) {
                BlsVerificationKeyProofOfPossession key =
                        StmJsonHex.decodeVerificationKeyProofOfPossession(signer.get("verification_key").asText());
                registration.register(key, signer.get("stake").asLong());
            }
            JsonNode cert = CERTIFICATES.get(msd.get("certificate_hash").asText());
            String certifiedNext = cert.get("protocol_message").get("message_parts").get("next_aggregate_verification_key")
                    .asText();
            assertEquals(certifiedNext, StmJsonHex.encode(registration.close().aggregateVerificationKey()));
            checked++;
        }
        assertEquals(9, checked);
    }

    private static String replaceSigma(Cert c, byte[] from, byte[] to) {
        String json = new String(TestData.hex(c.json.get("multi_signature").asText()), StandardCharsets.UTF_8);
        String tampered = json.replace(jsonArray(from), jsonArray(to));
        assertTrue(!tampered.equals(json));
        return TestData.HEX.formatHex(tampered.getBytes(StandardCharsets.UTF_8));
    }

    private static String jsonArray(byte[] bytes) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < bytes.length; i++) {
            sb.append(i == 0 ? "" : ",").append(bytes[i] & 0xFF);
        }
        return sb.append(']').toString();
    }

    private static ConcatenationProof replaceFirst(ConcatenationProof proof, SingleSignatureWithRegisteredParty s) {
        List<SingleSignatureWithRegisteredParty> sigs = new ArrayList<>(proof.signatures());
        sigs.set(0, s);
        return new ConcatenationProof(sigs, proof.batchProof());
    }

    private interface Action {
        void run() throws StmException;
    }

    private static StmError kind(Action action) {
        return assertThrows(StmException.class, action::run).kind();
    }
}
