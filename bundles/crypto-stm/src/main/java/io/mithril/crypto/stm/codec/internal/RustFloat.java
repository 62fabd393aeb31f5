package io.mithril.crypto.stm.codec.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Formats a double as serde_json does (ryu): the shortest decimal that reads back to the same double, in plain
 * notation when the decimal exponent is in [-5, 16] ({@code 0.2}, {@code 1.0}, {@code 0.00001}) and otherwise as
 * {@code 1e-7} / {@code 1.5e20}. Java 17's {@code Double.toString} is neither always shortest nor in this notation.
 */
public final class RustFloat {
    private RustFloat() {
    }

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "null"; // serde_json writes non-finite floats as null
        }
        if (v == 0.0) {
            return (Double.doubleToRawLongBits(v) < 0) ? "-0.0" : "0.0";
        }
        BigDecimal shortest = shortest(Math.abs(v));
        String digits = shortest.unscaledValue().toString();
        int length = digits.length();
        int exponent = -shortest.scale(); // v = digits * 10^exponent
        int kk = length + exponent;       // 10^(kk-1) <= v < 10^kk
        String sign = v < 0 ? "-" : "";
        if (exponent >= 0 && kk <= 16) {
            return sign + digits + "0".repeat(exponent) + ".0";
        }
        if (kk > 0 && kk <= 16) {
            return sign + digits.substring(0, kk) + "." + digits.substring(kk);
        }
        if (kk > -5 && kk <= 0) {
            return sign + "0." + "0".repeat(-kk) + digits;
        }
        String mantissa = length == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + (kk - 1);
    }

    /** The shortest decimal reading back to v; among equally short ones, the closest to v. */
    static BigDecimal shortest(double v) {
        BigDecimal exact = new BigDecimal(v);
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal best = null;
            for (RoundingMode mode : new RoundingMode[] {RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING}) {
                BigDecimal candidate = exact.round(new MathContext(precision, mode));
                if (Double.parseDouble(candidate.toString()) == v && (best == null
                        || candidate.subtract(exact).abs().compareTo(best.subtract(exact).abs()) < 0)) {
                    best = candidate;
                }
            }
            if (best != null) {
                return best.stripTrailingZeros();
            }
        }
        throw new IllegalStateException("no decimal reads back to " + v);
    }
}
