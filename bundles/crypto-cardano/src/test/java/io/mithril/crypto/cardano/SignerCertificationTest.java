package io.mithril.crypto.cardano;

import static io.mithril.crypto.testsupport.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.testsupport.TestData;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SignerCertificationTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @Test
    void devnetSignerRegistrationsVerifyToTheirPartyIds() throws Exception {
        assertEquals(4, verifyAllSigners(TestData.json("devnet-chain/mithril-stake-distributions-subset.json")));
    }

    @Test
    void everyDevnetSignerRegistrationVerifies() throws Exception {
        Optional<Path> full = TestData.shared("devnet-chain/mithril-stake-distributions.json");
        assumeTrue(full.isPresent(), "shared/testdata absent");
        assertEquals(18, verifyAllSigners(TestData.readJson(full.get())));
    }

    @Test
    void derivedDmqMessageBindsToPartyOne() throws Exception {
        JsonNode v = TestData.json("vectors/dmq/derived_valid_mithril_dmq_message.json");
        OperationalCertificate cert = CardanoIdentityTest.opcert(v.get("opcert"), v.get("cold_verification_key").asText());
        KesSignature sig = KesSignature.fromBytes(hex(v.get("kes_signature").asText()));
        byte[] payload = hex(v.get("bytes_to_sign").asText());
        long kesPeriod = v.get("payload").get("kes_period").asLong();

        PoolId pool = SignerCertification.verifyAtKesPeriod(payload, sig, cert, kesPeriod, 62);
        assertEquals(v.get("party_id").asText(), pool.bech32());

        assertEquals(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                dmqReason(payload, sig, cert, kesPeriod + 1, 62));
        byte[] tamperedPayload = payload.clone();
        tamperedPayload[tamperedPayload.length - 1] ^= 1;
        assertEquals(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                dmqReason(tamperedPayload, sig, cert, kesPeriod, 62));
        byte[] flipped = sig.toBytes();
        flipped[100] ^= 0x04;
        assertEquals(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                dmqReason(payload, KesSignature.fromBytes(flipped), cert, kesPeriod, 62));
        assertEquals(SignerCertificationException.Reason.KES_PERIOD_OUT_OF_RANGE,
                dmqReason(payload, sig, cert, kesPeriod, 1));
    }

    @Test
    void wrongColdKeyOrStartPeriodIsRejected() {
        KesSecretKey kes = KesSecretKey.fromSeed(filled(7));
        Ed25519SigningKey cold = Ed25519SigningKey.fromChaCha20RngSeed(filled(9));
        OperationalCertificate cert = OperationalCertificate.issue(kes.verificationKey(), 2, 100, cold);
        byte[] message = "stm key".getBytes(StandardCharsets.UTF_8);
        KesSignature sig = kes.sign(message);

        OperationalCertificate otherCold = OperationalCertificate.of(cert.kesVerificationKey(), 2, 100, cert.signature(),
                Ed25519SigningKey.fromChaCha20RngSeed(filled(10)).verificationKey());
        assertEquals(SignerCertificationException.Reason.OPCERT_SIGNATURE_INVALID,
                registrationReason(message, sig, otherCold, 100));
        OperationalCertificate otherStart = OperationalCertificate.of(cert.kesVerificationKey(), 2, 101, cert.signature(),
                cert.coldVerificationKey());
        assertEquals(SignerCertificationException.Reason.OPCERT_SIGNATURE_INVALID,
                registrationReason(message, sig, otherStart, 101));
        assertEquals(SignerCertificationException.Reason.KES_PERIOD_BEFORE_OPCERT_START,
                registrationReason(message, sig, cert, 99));
        assertEquals(SignerCertificationException.Reason.KES_PERIOD_BEFORE_OPCERT_START,
                dmqReason(message, sig, cert, 99, 62));
    }

    @Test
    void registrationAcceptsTheReferenceWindowOfEvolutions() throws Exception {
        KesSecretKey kes = KesSecretKey.fromSeed(filled(3));
        Ed25519SigningKey cold = Ed25519SigningKey.fromChaCha20RngSeed(filled(4));
        long start = 40;
        OperationalCertificate cert = OperationalCertificate.issue(kes.verificationKey(), 0, start, cold);
        byte[] message = "stm key".getBytes(StandardCharsets.UTF_8);
        kes.updateTo(5);
        KesSignature sig = kes.sign(message);
        PoolId expected = cert.poolId();

        // Rust tries max(0, e-1)..min(64, e+1), half-open: evolutions e-1 and e
        assertEquals(expected, SignerCertification.verifyRegistration(message, sig, cert, start + 5));
        assertEquals(expected, SignerCertification.verifyRegistration(message, sig, cert, start + 6));
        assertEquals(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                registrationReason(message, sig, cert, start + 4));
        assertEquals(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                registrationReason(message, sig, cert, start + 7));
        assertEquals(expected, SignerCertification.verifyRegistrationAtEvolutions(message, sig, cert, 5));
        assertEquals(SignerCertificationException.Reason.KES_PERIOD_OUT_OF_RANGE,
                registrationReason(message, sig, cert, start + 65));
    }

    private static int verifyAllSigners(JsonNode msds) throws Exception {
        int checked = 0;
        for (JsonNode msd : msds) {
            for (JsonNode signer : msd.get("signers")) {
                OperationalCertificate cert = OperationalCertificate.decode(signer.get("operational_certificate").asText());
                KesSignature sig = KesSignature.decode(signer.get("verification_key_signature").asText());
                byte[] stmKey = stmVerificationKeyBytes(signer.get("verification_key").asText());
                long evolutions = signer.get("kes_period").asLong();
                PoolId pool = SignerCertification.verifyRegistrationAtEvolutions(stmKey, sig, cert, evolutions);
                assertEquals(signer.get("party_id").asText(), pool.bech32());
                assertEquals(pool, SignerCertification.verifyRegistration(stmKey, sig, cert,
                        cert.startKesPeriod() + evolutions));
                byte[] tampered = stmKey.clone();
                tampered[0] ^= 1;
                assertEquals(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                        registrationReason(tampered, sig, cert, cert.startKesPeriod() + evolutions));
                checked++;
            }
        }
        return checked;
    }

    /** The 192 bytes a signer KES-signs: STM vk (96) ‖ proof of possession (96), from the JSON-hex vk. */
    private static byte[] stmVerificationKeyBytes(String jsonHex) throws Exception {
        JsonNode vk = MAPPER.readTree(TestData.utf8(jsonHex));
        byte[] out = new byte[vk.get("vk").size() + vk.get("pop").size()];
        int i = 0;
        for (JsonNode b : vk.get("vk")) {
            out[i++] = (byte) b.asInt();
        }
        for (JsonNode b : vk.get("pop")) {
            out[i++] = (byte) b.asInt();
        }
        assertEquals(192, out.length);
        return out;
    }

    private static SignerCertificationException.Reason registrationReason(byte[] message, KesSignature sig,
            OperationalCertificate cert, long currentKesPeriod) {
        return assertThrows(SignerCertificationException.class,
                () -> SignerCertification.verifyRegistration(message, sig, cert, currentKesPeriod)).reason();
    }

    private static SignerCertificationException.Reason dmqReason(byte[] message, KesSignature sig,
            OperationalCertificate cert, long kesPeriod, int maxEvolutions) {
        return assertThrows(SignerCertificationException.class,
                () -> SignerCertification.verifyAtKesPeriod(message, sig, cert, kesPeriod, maxEvolutions)).reason();
    }

    private static byte[] filled(int b) {
        byte[] out = new byte[32];
        Arrays.fill(out, (byte) b);
        return out;
    }
}
