package io.mithril.ouroboros.cbor;

import static io.mithril.ouroboros.Vectors.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CborReaderTest {
    @Test
    void readsUnsignedIntegersOfEverySizeIncludingNonMinimalOnes() {
        CborReader in = new CborReader(hex("17 1818 190100 1a80000000 1bffffffffffffffff 1900ff"));
        assertEquals(23, in.readUnsigned());
        assertEquals(24, in.readUnsigned());
        assertEquals(256, in.readUnsigned());
        assertEquals(2147483648L, in.readUnsigned());
        assertEquals(-1L, in.readUnsigned(), "u64 max comes back as unsigned -1");
        assertEquals(255, in.readUnsigned(), "non-minimal encodings are accepted");
        assertFalse(in.hasMore());
    }

    @Test
    void writerProducesMinimalHeadsThatTheReaderRoundTrips() {
        long[] values = {0, 23, 24, 255, 256, 65535, 65536, 0xffffffffL, 0x100000000L, -1L};
        CborWriter out = new CborWriter();
        for (long v : values) {
            out.unsigned(v);
        }
        byte[] encoded = out.toByteArray();
        assertEquals("0017181818ff190100" + "19ffff1a000100001affffffff1b00000001000000001bffffffffffffffff",
                hex(encoded));
        CborReader in = new CborReader(encoded);
        for (long v : values) {
            assertEquals(v, in.readUnsigned());
        }
    }

    @Test
    void skipsNestedDefiniteAndIndefiniteItemsAndReportsOffsets() {
        // [1, [_ h'01', "a", {1: true}], (_ h'0102' h'03'), tag(24) h'00', 1.5(half)] then 0x07
        byte[] data = hex("85 01 9f 4101 6161 a101f5 ff 5f 420102 4103 ff d818 4100 f93e00 07");
        CborReader in = new CborReader(data);
        in.skip();
        assertEquals(data.length - 1, in.position());
        assertEquals(7, in.readUnsigned());
    }

    @Test
    void readsIndefiniteByteStringsByConcatenatingChunks() {
        assertArrayEquals(hex("010203"), new CborReader(hex("5f 420102 4103 ff")).readBytes());
    }

    @Test
    void endOfInputInsideAnItemIsIncompleteNotMalformed() {
        assertThrows(CborIncompleteException.class, () -> new CborReader(hex("5901c0 0102")).readBytes());
        assertThrows(CborIncompleteException.class, () -> new CborReader(hex("9f 01 02")).skip());
        assertThrows(CborIncompleteException.class, () -> new CborReader(hex("1a0000")).readUnsigned());
        CborException malformed = assertThrows(CborException.class, () -> new CborReader(hex("1c")).readUnsigned());
        assertFalse(malformed instanceof CborIncompleteException);
        CborException wrongType = assertThrows(CborException.class, () -> new CborReader(hex("4101")).readUnsigned());
        assertFalse(wrongType instanceof CborIncompleteException);
    }

    @Test
    void sliceAndSeekGiveBackTheExactReceivedBytes() {
        byte[] data = hex("82 1a000001c8 43 aabbcc");
        CborReader in = new CborReader(data);
        in.readArrayHeader();
        int start = in.position();
        in.skip();
        assertArrayEquals(hex("1a000001c8"), in.slice(start, in.position()));
        in.seek(start);
        assertEquals(456, in.readUnsigned(1000, "value"));
        assertArrayEquals(hex("aabbcc"), in.readBytes());
        assertThrows(CborException.class, () -> new CborReader(hex("1903e9")).readUnsigned(1000, "value"));
    }

    @Test
    void textMustBeValidUtf8() {
        assertEquals("fake error", new CborReader(hex("6a66616b65206572726f72")).readText());
        assertThrows(CborException.class, () -> new CborReader(hex("61ff")).readText());
        assertTrue(new CborReader(hex("f5")).readBool());
    }
}
