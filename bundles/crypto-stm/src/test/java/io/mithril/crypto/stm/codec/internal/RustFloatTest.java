package io.mithril.crypto.stm.codec.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** serde_json (ryu) float formatting, as in the devnet certificates' {@code "phi_f":0.95}. */
class RustFloatTest {
    @Test
    void plainNotationForUsualValues() {
        assertEquals("0.95", RustFloat.format(0.95));
        assertEquals("0.2", RustFloat.format(0.2));
        assertEquals("0.65", RustFloat.format(0.65));
        assertEquals("1.0", RustFloat.format(1.0));
        assertEquals("0.30000000000000004", RustFloat.format(0.1 + 0.2));
        assertEquals("0.0", RustFloat.format(0.0));
        assertEquals("123.0", RustFloat.format(123.0));
    }

    @Test
    void scientificNotationOutsideTheRyuPlainRange() {
        assertEquals("1e-7", RustFloat.format(1e-7));
        assertEquals("1.5e20", RustFloat.format(1.5e20));
        assertEquals("0.0001", RustFloat.format(1e-4));
    }

    @Test
    void shortestRepresentationReadsBack() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 10000; i++) {
            double v = random.nextDouble();
            String s = RustFloat.format(v);
            assertEquals(v, Double.parseDouble(s), s);
            // shortest: at most as many significant digits as Java's own repr (which is never shorter than needed)
            String digits = s.replace("0.", "").replaceFirst("^0+", "").replace("e", "").replace("-", "");
            assertEquals(true, digits.length() <= 17, s);
        }
    }
}
