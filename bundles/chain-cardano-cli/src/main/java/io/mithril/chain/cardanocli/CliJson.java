package io.mithril.chain.cardanocli;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.spi.chain.ChainObserverException;

/** JSON reading of cardano-cli outputs with serde_json's rules (u64 numbers, clear errors quoting the output). */
final class CliJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final BigInteger U64_MAX = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);

    private CliJson() {
    }

    static JsonNode parse(String output, String what) throws ChainObserverException {
        try {
            JsonNode node = MAPPER.readTree(output);
            if (node == null || node.isMissingNode()) {
                throw new ChainObserverException("invalid " + what + " output: empty, output was = '" + output + "'");
            }
            return node;
        } catch (IOException e) {
            throw new ChainObserverException("invalid " + what + " output: " + firstLine(e.getMessage())
                    + ", output was = '" + output + "'", e);
        }
    }

    /** serde_json <code>as_u64</code>: a non-negative integer up to 2^64-1 (as an unsigned long), else empty. */
    static Optional<Long> u64(JsonNode node) {
        if (node == null || !node.isIntegralNumber()) {
            return Optional.empty();
        }
        BigInteger value = node.bigIntegerValue();
        if (value.signum() < 0 || value.compareTo(U64_MAX) > 0) {
            return Optional.empty();
        }
        return Optional.of(value.longValue());
    }

    private static String firstLine(String message) {
        int newline = message == null ? -1 : message.indexOf('\n');
        return newline < 0 ? String.valueOf(message) : message.substring(0, newline);
    }
}
