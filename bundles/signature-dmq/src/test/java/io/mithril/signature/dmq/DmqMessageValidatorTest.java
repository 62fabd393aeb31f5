package io.mithril.signature.dmq;

import static io.mithril.signature.dmq.TestSupport.DERIVED;
import static io.mithril.signature.dmq.TestSupport.DERIVED_EXPIRES_AT;
import static io.mithril.signature.dmq.TestSupport.clockAt;
import static io.mithril.signature.dmq.TestSupport.hex;
import static io.mithril.signature.dmq.TestSupport.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqMessagePayload;
import io.mithril.ouroboros.dmq.DmqOperationalCertificate;
import java.time.Clock;
import org.junit.jupiter.api.Test;

/** Per-message validation (dmq.md §4.3) on the derived valid message and forgeries of it. */
class DmqMessageValidatorTest {
    private static final DmqMessage VALID = DmqMessage.decode(hex(DERIVED.get("dmq_msg_cbor")));
    private static final Clock FRESH = clockAt(DERIVED_EXPIRES_AT - 100);
    private static final DmqMessageValidator VALIDATOR = new DmqMessageValidator(FRESH, DmqValidationRules.defaults());

    @Test
    void theDerivedMessageIsValidAndComesFromPoolOfItsColdKey() throws DmqValidationException {
        ValidatedDmqMessage valid = VALIDATOR.validate(VALID);
        assertEquals(DERIVED.get("party_id").asText(), valid.partyId());
        JsonNode partyIds = vector("dmq/party_ids.json").get("cases");
        assertEquals(partyIds.get(1).get("cold_verification_key").asText(), hex(VALID.coldVerificationKey()));
        assertEquals(partyIds.get(1).get("party_id").asText(), valid.partyId());
        assertEquals(DERIVED.get("kes_evolution_used").asLong(), VALID.payload().kesPeriod()
                - VALID.operationalCertificate().startKesPeriod());
    }

    @Test
    void bothReferencePartyIdsComeFromTheirColdKeys() {
        for (JsonNode c : vector("dmq/party_ids.json").get("cases")) {
            assertEquals(c.get("party_id").asText(), io.mithril.crypto.cardano.PoolId.ofColdVerificationKey(
                    io.mithril.crypto.ed25519.Ed25519VerificationKey.fromBytes(hex(c.get("cold_verification_key"))))
                    .bech32());
        }
    }

    @Test
    void thePallasRealVectorCarriesAKesSignatureOverTheKesTestMessageAndAValidOpcert() throws Exception {
        DmqMessage real = DmqMessage.decode(hex(vector("dmq/pallas_dmq_msg_real.json").get("dmq_msg_cbor")));
        DmqOperationalCertificate c = real.operationalCertificate();
        assertEquals(hex(TestSupport.kesKey().verificationKey().toBytes()), hex(c.kesVerificationKey()));
        io.mithril.crypto.kes.KesVerificationKey.fromBytes(c.kesVerificationKey()).verify(1,
                "Test message for KES signing".getBytes(java.nio.charset.StandardCharsets.US_ASCII),
                io.mithril.crypto.kes.KesSignature.fromBytes(real.kesSignature()));
        assertEquals(true, OperationalCertificate.of(io.mithril.crypto.kes.KesVerificationKey.fromBytes(
                c.kesVerificationKey()), c.issueNumber(), c.startKesPeriod(),
                io.mithril.crypto.ed25519.Ed25519Signature.fromBytes(c.coldKeySignature()),
                io.mithril.crypto.ed25519.Ed25519VerificationKey.fromBytes(real.coldVerificationKey()))
                .hasValidSignature());
    }

    @Test
    void messageIdsAreBlake2b256OfThePayloadBytes() {
        JsonNode golden = vector("dmq/golden_payload_and_msg_id.json").get("msg_id");
        JsonNode p = golden.get("payload");
        DmqMessagePayload payload = DmqMessagePayload.create(hex(p.get("msg_body_hex")), p.get("kes_period").asLong(),
                p.get("expires_at").asLong());
        assertEquals(golden.get("msg_id_blake2b_256").asText(), hex(DmqMessageIds.of(payload)));
        assertArrayEquals(VALID.messageId(), DmqMessageIds.of(VALID.payload()));
    }

    @Test
    void expiryIsCheckedBothWays() {
        assertReason(DropReason.EXPIRED, new DmqMessageValidator(clockAt(DERIVED_EXPIRES_AT + 1),
                DmqValidationRules.defaults()), VALID);
        assertReason(DropReason.EXPIRES_TOO_LATE, new DmqMessageValidator(clockAt(DERIVED_EXPIRES_AT - 2101),
                DmqValidationRules.defaults()), VALID);
    }

    @Test
    void aTamperedKesSignatureIsRejected() {
        byte[] signature = VALID.kesSignature();
        signature[10] ^= 1;
        assertReason(DropReason.INVALID_KES_SIGNATURE, VALIDATOR, DmqMessage.create(VALID.messageId(),
                VALID.payload(), signature, VALID.operationalCertificate(), VALID.coldVerificationKey()));
    }

    @Test
    void anOpcertNotSignedByTheCarriedColdKeyIsRejected() {
        Ed25519SigningKey otherCold = Ed25519SigningKey.fromSeed(new byte[32]);
        OperationalCertificate forged = OperationalCertificate.issue(TestSupport.kesKey().verificationKey(), 0, 0,
                otherCold);
        assertReason(DropReason.INVALID_OPCERT_SIGNATURE, VALIDATOR, DmqMessage.create(VALID.messageId(),
                VALID.payload(), VALID.kesSignature(), fields(forged), VALID.coldVerificationKey()));
    }

    @Test
    void aGenuineOpcertForAnotherKesKeyDoesNotMakeTheSignatureValid() {
        KesSecretKey otherKes = KesSecretKey.fromSeed(new byte[32]);
        OperationalCertificate other = OperationalCertificate.issue(otherKes.verificationKey(), 1, 0,
                TestSupport.coldKey());
        assertReason(DropReason.INVALID_KES_SIGNATURE, VALIDATOR, DmqMessage.create(VALID.messageId(),
                VALID.payload(), VALID.kesSignature(), fields(other), VALID.coldVerificationKey()));
    }

    @Test
    void aPayloadChangedAfterSigningNoLongerMatchesItsId() {
        DmqMessagePayload later = DmqMessagePayload.create(VALID.payload().body(), VALID.payload().kesPeriod(),
                VALID.payload().expiresAt() + 1);
        assertReason(DropReason.INVALID_MESSAGE_ID, VALIDATOR, DmqMessage.create(VALID.messageId(), later,
                VALID.kesSignature(), VALID.operationalCertificate(), VALID.coldVerificationKey()));
    }

    @Test
    void kesPeriodsOutsideTheOpcertValidityAreRejected() {
        for (long period : new long[] {62, 63, 100}) {
            DmqMessagePayload payload = DmqMessagePayload.create(VALID.payload().body(), period,
                    VALID.payload().expiresAt());
            assertReason(DropReason.KES_PERIOD_OUT_OF_RANGE, VALIDATOR, DmqMessage.create(DmqMessageIds.of(payload),
                    payload, VALID.kesSignature(), VALID.operationalCertificate(), VALID.coldVerificationKey()));
        }
    }

    @Test
    void pallasVectorsFailForTheReasonsTheirProvenanceGives() {
        DmqMessage real = DmqMessage.decode(hex(vector("dmq/pallas_dmq_msg_real.json").get("dmq_msg_cbor")));
        Clock clock = clockAt(real.payload().expiresAt() - 10);
        DmqMessageValidator validator = new DmqMessageValidator(clock, DmqValidationRules.defaults());
        assertReason(DropReason.INVALID_FIELD_SIZE, validator, real); // placeholder msg id 010203
        DmqMessage fixedId = DmqMessage.create(DmqMessageIds.of(real.payload()), real.payload(), real.kesSignature(),
                real.operationalCertificate(), real.coldVerificationKey());
        // its KES signature is over "Test message for KES signing", not over the payload
        assertReason(DropReason.INVALID_KES_SIGNATURE, validator, fixedId);
    }

    private static DmqOperationalCertificate fields(OperationalCertificate opcert) {
        return new DmqOperationalCertificate(opcert.kesVerificationKey().toBytes(), opcert.issueNumber(),
                opcert.startKesPeriod(), opcert.signature().toBytes());
    }

    private static void assertReason(DropReason reason, DmqMessageValidator validator, DmqMessage message) {
        assertEquals(reason, assertThrows(DmqValidationException.class, () -> validator.validate(message)).reason());
    }
}
