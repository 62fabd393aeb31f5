package io.mithril.devnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.cardano.SignerCertification;
import io.mithril.crypto.cardano.SignerCertificationException;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.KeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.message.RegisterSignerMessage;

/** Registration bodies checked by the verification code the aggregator runs (aggregator.md §1.3 step 6). */
class SimulatedSignerTest {
    private static final String SEED = DevnetPools.DEFAULT_SEED;

    @Test
    void registrationPassesTheAggregatorsSignerCertificationAndProofOfPossession() throws Exception {
        for (int index = 0; index < 3; index++) {
            SimulatedSigner signer = new SimulatedSigner(SEED, index);
            long kesPeriod = 5;
            RegisterSignerMessage body = signer.registration(12, kesPeriod);

            assertEquals(12, body.epoch());
            assertEquals(DevnetPools.pool(index).poolId(), body.partyId());
            BlsVerificationKeyProofOfPossession key = StmJsonHex.decodeVerificationKeyProofOfPossession(
                    body.verificationKey());
            key.verify();
            OperationalCertificate opcert = OperationalCertificate.decode(body.operationalCertificate());
            assertEquals(kesPeriod - opcert.startKesPeriod(), body.kesPeriod(), "kes_period holds evolutions");
            assertEquals(body.partyId(), SignerCertification.verifyRegistration(key.toBytes(),
                    KesSignature.decode(body.verificationKeySignature()), opcert, kesPeriod).bech32());
            // the aggregator re-verifies stored registrations with the stored evolutions (aggregator.md §2.3)
            assertEquals(body.partyId(), SignerCertification.verifyRegistrationAtEvolutions(key.toBytes(),
                    KesSignature.decode(body.verificationKeySignature()), opcert, body.kesPeriod()).bech32());
        }
    }

    @Test
    void bodyHasTheReferenceFieldsAndEncodings() throws Exception {
        RegisterSignerMessage body = new SimulatedSigner(SEED, 0).registration(3, 0);
        JsonNode json = ReferenceData.MAPPER.valueToTree(body);
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        assertEquals(List.of("epoch", "party_id", "verification_key", "verification_key_signature",
                "operational_certificate", "kes_period"), fields);
        // JSON-hex everywhere, as the reference signer emits them (stm.md §6.3)
        assertTrue(body.verificationKey().startsWith("7b22766b223a5b"), "{\"vk\":[ …");
        assertTrue(body.verificationKeySignature().startsWith("7b22"), "KES signature JSON-hex");
        assertTrue(body.operationalCertificate().startsWith("5b5b5b"), "[[[kes vk…");
    }

    @Test
    void evolutionsFollowTheKesPeriodAcrossCertificateRotation() throws Exception {
        SimulatedSigner signer = new SimulatedSigner(SEED, 1);
        for (long kesPeriod : new long[] {0, 1, 59, 60, 61, 130, 7}) {
            RegisterSignerMessage body = signer.registration(2, kesPeriod);
            OperationalCertificate opcert = OperationalCertificate.decode(body.operationalCertificate());
            assertEquals(kesPeriod / SimulatedSigner.OPCERT_KES_PERIODS, opcert.issueNumber());
            assertEquals(kesPeriod % SimulatedSigner.OPCERT_KES_PERIODS, body.kesPeriod());
            byte[] vk = StmJsonHex.decodeVerificationKeyProofOfPossession(body.verificationKey()).toBytes();
            SignerCertification.verifyRegistration(vk, KesSignature.decode(body.verificationKeySignature()), opcert,
                    kesPeriod);
        }
    }

    @Test
    void aSignatureForAnotherKesPeriodIsRefused() {
        RegisterSignerMessage body = new SimulatedSigner(SEED, 0).registration(4, 10);
        OperationalCertificate opcert = OperationalCertificate.decode(body.operationalCertificate());
        assertThrows(SignerCertificationException.class, () -> SignerCertification.verifyRegistration(
                StmJsonHex.decodeVerificationKeyProofOfPossession(body.verificationKey()).toBytes(),
                KesSignature.decode(body.verificationKeySignature()), opcert, 14));
    }

    @Test
    void stmKeysAreDerivedPerRegistrationEpochAndReproducible() {
        SimulatedSigner signer = new SimulatedSigner(SEED, 2);
        assertEquals(signer.verificationKey(7), new SimulatedSigner(SEED, 2).verificationKey(7));
        assertNotEquals(signer.verificationKey(7), signer.verificationKey(8));
        assertNotEquals(signer.verificationKey(7), new SimulatedSigner(SEED, 3).verificationKey(7));
        assertNotEquals(signer.verificationKey(7), new SimulatedSigner("other-seed", 2).verificationKey(7));
        assertArrayEquals(signer.stmSecretKey(7).toBytes(), new SimulatedSigner(SEED, 2).stmSecretKey(7).toBytes());
    }

    @Test
    void signaturesAggregateIntoAMultiSignatureOverTheMessage() throws Exception {
        List<SimulatedSigner> signers = new ArrayList<>();
        KeyRegistration registration = new KeyRegistration();
        for (int i = 0; i < 5; i++) {
            SimulatedSigner signer = new SimulatedSigner(SEED, i);
            signers.add(signer);
            registration.register(StmJsonHex.decodeVerificationKeyProofOfPossession(signer.registration(9, 0)
                    .verificationKey()), signer.pool().stake());
        }
        ClosedKeyRegistration closed = registration.close();
        Parameters parameters = new Parameters(105, 70, 0.95);
        ProtocolMessage message = ProtocolMessage.empty().with(ProtocolMessagePartKey.CURRENT_EPOCH, "10");
        Clerk clerk = new Clerk(parameters, closed);
        List<SingleSignature> signatures = new ArrayList<>();
        for (SimulatedSigner signer : signers) {
            Optional<SingleSignature> signature = signer.sign(message, 9, parameters, closed);
            signature.ifPresent(s -> signatures.add(s));
        }
        for (SingleSignature signature : signatures) {
            clerk.verify(signature, message.signedPayload());
        }
        new io.mithril.domain.chain.StmMultiSignatureVerifier().verify(message.signedPayload(),
                StmJsonHex.encode(clerk.aggregate(signatures, message.signedPayload())),
                StmJsonHex.encode(closed.aggregateVerificationKey()),
                new io.mithril.domain.ProtocolParameters(70, 105, 0.95));
        assertTrue(signatures.size() >= 2, "with unequal stakes several signers are needed for k=70 of m=105");
    }

    @Test
    void aSignerWhoseKeyIsNotRegisteredCannotSign() throws Exception {
        KeyRegistration registration = new KeyRegistration();
        SimulatedSigner signer = new SimulatedSigner(SEED, 0);
        registration.register(signer.stmSecretKey(9).verificationKeyProofOfPossession(), 10);
        ClosedKeyRegistration closed = registration.close();
        StmException e = assertThrows(StmException.class, () -> signer.sign(ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, "11"), 10, new Parameters(105, 70, 0.95), closed));
        assertEquals(StmError.UNREGISTERED_PARTY, e.kind());
    }
}
