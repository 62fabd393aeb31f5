package io.mithril.crypto.stm.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.testutil.TestData;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The CBOR writer/reader against the examples of RFC 8949 Appendix A. */
class CborTest {

    private static String floatHex(double v) {
        byte[] b = new CborWriter().float64(v).toByteArray();
        return TestData.HEX.formatHex(b);
    }

    @Test
    void floatsUseTheShortestLosslessWidth() {
        assertEquals("f90000", floatHex(0.0));
        assertEquals("f98000", floatHex(-0.0));
        assertEquals("f93c00", floatHex(1.0));
        assertEquals("fb3ff199999999999a", floatHex(1.1));
        assertEquals("f93e00", floatHex(1.5));
        assertEquals("f97bff", floatHex(65504.0));
        assertEquals("fa47c35000", floatHex(100000.0));
        assertEquals("fa7f7fffff", floatHex(3.4028234663852886e+38));
        assertEquals("fb7e37e43c8800759c", floatHex(1.0e+300));
        assertEquals("f90001", floatHex(5.960464477539063e-8));
        assertEquals("f90400", floatHex(0.00006103515625));
        assertEquals("f9c400", floatHex(-4.0));
        assertEquals("fbc010666666666666", floatHex(-4.1));
        assertEquals("f97c00", floatHex(Double.POSITIVE_INFINITY));
        assertEquals("f9fc00", floatHex(Double.NEGATIVE_INFINITY));
    }

    @Test
    void floatsDecode() throws StmException {
        for (String hex : new String[] {"f90000", "f93c00", "fb3ff199999999999a", "f97bff", "fa47c35000", "f90001",
            "f9c400", "fbc010666666666666", "fa7f7fffff"}) {
            double v = (Double) CborReader.read(TestData.hex(hex), 0);
            assertEquals(hex, floatHex(v));
        }
    }

    @Test
    void integersUseMinimalHeads() {
        assertEquals("00", TestData.HEX.formatHex(new CborWriter().uint(0).toByteArray()));
        assertEquals("17", TestData.HEX.formatHex(new CborWriter().uint(23).toByteArray()));
        assertEquals("1818", TestData.HEX.formatHex(new CborWriter().uint(24).toByteArray()));
        assertEquals("1903e8", TestData.HEX.formatHex(new CborWriter().uint(1000).toByteArray()));
        assertEquals("1a000f4240", TestData.HEX.formatHex(new CborWriter().uint(1000000).toByteArray()));
        assertEquals("1b000000e8d4a51000", TestData.HEX.formatHex(new CborWriter().uint(1000000000000L).toByteArray()));
        assertEquals("1bffffffffffffffff", TestData.HEX.formatHex(new CborWriter().uint(-1L).toByteArray()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void readsDefiniteAndIndefiniteContainers() throws StmException {
        // {_ "a": 1, "b": [_ 2, 3]}
        Map<String, Object> map = (Map<String, Object>) CborReader.read(TestData.hex("bf61610161629f0203ffff"), 0);
        assertEquals(1L, map.get("a"));
        assertEquals(List.of(2L, 3L), map.get("b"));
        // [1, [2, 3], [4, 5]] and 18446744073709551615
        assertEquals(List.of(1L, List.of(2L, 3L), List.of(4L, 5L)), CborReader.read(TestData.hex("8301820203820405"), 0));
        assertEquals(-1L, Tree.u64(CborReader.read(TestData.hex("1bffffffffffffffff"), 0), "max"));
        assertEquals(Tree.NULL, CborReader.read(TestData.hex("f6"), 0));
        // a tagged item (tag 1, epoch time) reads as its content; (_ h'0102', h'030405') concatenates
        assertEquals(1363896240L, CborReader.read(TestData.hex("c11a514b67b0"), 0));
        assertEquals("0102030405", TestData.HEX.formatHex((byte[]) CborReader.read(TestData.hex("5f42010243030405ff"), 0)));
    }

    @Test
    void rejectsTruncatedAndMalformedInput() {
        assertEquals(StmError.SERIALIZATION, assertThrows(StmException.class,
                () -> CborReader.read(TestData.hex("830102"), 0)).kind(), "array shorter than announced");
        assertEquals(StmError.SERIALIZATION, assertThrows(StmException.class,
                () -> CborReader.read(TestData.hex("a10102"), 0)).kind(), "non-text map key");
        assertEquals(StmError.SERIALIZATION, assertThrows(StmException.class,
                () -> CborReader.read(TestData.hex("5aFFFFFFFF00"), 0)).kind(), "length beyond input");
    }
}
