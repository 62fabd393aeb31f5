package io.mithril.domain.internal;

import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;

/**
 * The certificate hash feeds the JSON-hex text of the AVK and of the multi-signature (the reference re-serialises the
 * decoded key). JSON-hex received from an aggregator is already that text and is kept verbatim; a bytes-hex value
 * (CBOR or legacy STM bytes, which no aggregator emits today) is converted through crypto-stm's codec.
 */
public final class StmKeyTexts {
    private static final String JSON_OBJECT_HEX_PREFIX = "7b";

    private StmKeyTexts() {
    }

    public static String aggregateVerificationKeyJsonHex(String text) {
        if (text.isEmpty() || text.startsWith(JSON_OBJECT_HEX_PREFIX)) {
            return text;
        }
        try {
            return StmJsonHex.encode(StmJsonHex.decodeAggregateVerificationKey(text));
        } catch (StmException | RuntimeException e) {
            throw new IllegalArgumentException("undecodable aggregate verification key: " + e.getMessage(), e);
        }
    }

    public static String multiSignatureJsonHex(String text) {
        if (text.isEmpty() || text.startsWith(JSON_OBJECT_HEX_PREFIX)) {
            return text;
        }
        try {
            return StmJsonHex.encode(StmJsonHex.decodeAggregateSignature(text));
        } catch (StmException | RuntimeException e) {
            throw new IllegalArgumentException("undecodable multi-signature: " + e.getMessage(), e);
        }
    }
}
