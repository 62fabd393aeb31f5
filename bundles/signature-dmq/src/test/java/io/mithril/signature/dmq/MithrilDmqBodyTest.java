package io.mithril.signature.dmq;

import static io.mithril.signature.dmq.TestSupport.hex;
import static io.mithril.signature.dmq.TestSupport.vector;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The Mithril DMQ body and its bincode signed entity type (dmq.md §3.2). */
class MithrilDmqBodyTest {
    private static final JsonNode GOLDEN = vector("dmq/mithril_register_signature_dmq_body.json");

    @Test
    void goldenBodyDecodesToCardanoDatabaseAndItsSignatureBytes() throws DmqValidationException {
        byte[] body = hex(GOLDEN.get("body_hex"));
        JsonNode decoded = GOLDEN.get("decoded");
        MithrilDmqBody parsed = MithrilDmqBody.decode(body);

        assertEquals(DmqSignedEntityType.cardanoDatabase(10, 1728), parsed.signedEntityType());
        assertEquals(decoded.get("signed_entity_type_bincode").asText(), hex(parsed.signedEntityType().toBincode()));
        int l1 = decoded.get("signed_entity_type_len_u16be").asInt();
        assertEquals(decoded.get("signature_len_u32be").asInt(), parsed.singleSignature().length);
        assertArrayEquals(Arrays.copyOfRange(body, 2 + l1 + 4, body.length), parsed.singleSignature());
        assertEquals("{\"CardanoDatabase\":{\"epoch\":10,\"immutable_file_number\":1728}}",
                parsed.signedEntityType().toJson());
        assertArrayEquals(body, parsed.encode());
    }

    @Test
    void goldenSignatureIsTheLegacyStmLayoutWith47IndexesAndSignerIndex2() throws DmqValidationException {
        byte[] signature = MithrilDmqBody.decode(hex(GOLDEN.get("body_hex"))).singleSignature();
        java.nio.ByteBuffer in = java.nio.ByteBuffer.wrap(signature);
        long indexes = in.getLong();
        assertEquals(47, indexes);
        assertEquals(8 + 47 * 8 + 48 + 8, signature.length);
        assertEquals(2, java.nio.ByteBuffer.wrap(signature, signature.length - 8, 8).getLong());
    }

    @Test
    void everySignedEntityTypeOfTheDevnetRoundTripsThroughJsonAndBincode() throws DmqValidationException {
        JsonNode forms = vector("signed_entity_types_devnet.json").get("json");
        assertEquals(5, forms.size());
        for (JsonNode form : forms) {
            DmqSignedEntityType type = DmqSignedEntityType.fromJson(form.asText());
            assertEquals(form.asText(), type.toJson());
            assertEquals(type, DmqSignedEntityType.fromBincode(type.toBincode()));
        }
        assertEquals("00" + "11", hex(DmqSignedEntityType.mithrilStakeDistribution(17).toBincode()));
        assertEquals("04" + "17" + "fbc102" + "01",
                hex(DmqSignedEntityType.cardanoBlocksTransactions(23, 705, 1).toBincode()));
    }

    @Test
    void bincodeVarintsAtEveryBoundary() throws DmqValidationException {
        assertEquals("03" + "fa" + "fbfb00", hex(DmqSignedEntityType.cardanoTransactions(250, 251).toBincode()));
        assertEquals("03" + "fbffff" + "fc00000100", hex(DmqSignedEntityType.cardanoTransactions(65535, 65536)
                .toBincode()));
        assertEquals("01" + "fdffffffffffffffff", hex(DmqSignedEntityType.cardanoStakeDistribution(-1L)
                .toBincode()));
        for (long value : new long[] {0, 250, 251, 65535, 65536, 0xffffffffL, 0x100000000L, Long.MAX_VALUE, -1L}) {
            DmqSignedEntityType type = DmqSignedEntityType.cardanoTransactions(value, value);
            assertEquals(type, DmqSignedEntityType.fromBincode(type.toBincode()));
        }
        assertEquals("{\"CardanoStakeDistribution\":18446744073709551615}",
                DmqSignedEntityType.cardanoStakeDistribution(-1L).toJson());
    }

    @Test
    void unknownVariantsAndDamagedBodiesAreRejectedWithTheirReason() {
        assertEquals(DropReason.UNSUPPORTED_SIGNED_ENTITY_TYPE, assertThrows(DmqValidationException.class,
                () -> DmqSignedEntityType.fromBincode(hex("0501"))).reason());
        assertEquals(DropReason.INVALID_BODY, assertThrows(DmqValidationException.class,
                () -> DmqSignedEntityType.fromBincode(hex("02fb01"))).reason());
        assertEquals(DropReason.INVALID_BODY, assertThrows(DmqValidationException.class,
                () -> DmqSignedEntityType.fromBincode(hex("001100"))).reason());

        byte[] body = hex(GOLDEN.get("body_hex"));
        for (byte[] damaged : List.of(Arrays.copyOf(body, body.length - 1), Arrays.copyOf(body, body.length + 1),
                Arrays.copyOf(body, 1), hex("0002000000000000"))) {
            assertEquals(DropReason.INVALID_BODY, assertThrows(DmqValidationException.class,
                    () -> MithrilDmqBody.decode(damaged)).reason());
        }
        byte[] unknown = body.clone();
        unknown[2] = 0x07; // variant index 7
        assertEquals(DropReason.UNSUPPORTED_SIGNED_ENTITY_TYPE, assertThrows(DmqValidationException.class,
                () -> MithrilDmqBody.decode(unknown)).reason());
        assertThrows(IllegalArgumentException.class,
                () -> DmqSignedEntityType.fromJson("{\"CardanoImmutableFilesFull\":{\"epoch\":1}}"));
    }
}
