package io.mithril.era.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.mithril.spi.chain.TxDatum;

/** Golden values of the reference's TxDatumBuilder test (mithril-cardano-node-chain entities/datum.rs). */
class TxDatumsTest {
    private static final String LONG_BYTES = "0123456789012345678901234567890123456789012345678901234567890123456789"
            + "01234567890123456789012345678901234567890123456789012345678901234567890123456789";
    private static final String GOLDEN_DATUM = "{\"constructor\":0,\"fields\":[{\"bytes\":\"bytes0\"},{\"int\":0},"
            + "{\"int\":1},{\"bytes\":\"bytes1\"},{\"bytes\":\"bytes2\"},{\"int\":2},{\"bytes\":\"0123456789012345678901"
            + "2345678901234567890123456789012345678901234567890123456789012345678901234567890123456789012345678901234567"
            + "\"},{\"bytes\":\"8901234567890123456789\"}]}";

    @Test
    void bytesAreSplitIn128CharacterFields() {
        String expected = "{\"constructor\":0,\"fields\":[{\"bytes\":\"" + LONG_BYTES.substring(0, 128)
                + "\"},{\"bytes\":\"8901234567890123456789\"}]}";
        assertEquals(expected, TxDatums.ofBytes(LONG_BYTES).json());
        // the same chunks as in the Rust golden datum
        assertTrue(GOLDEN_DATUM.endsWith(expected.substring(expected.indexOf("{\"bytes\""))));
    }

    @Test
    void readerConcatenatesEveryBytesFieldInOrder() {
        assertEquals(Optional.of("bytes0bytes1bytes2" + LONG_BYTES),
                TxDatums.concatenatedBytes(new TxDatum(GOLDEN_DATUM)));
    }

    @Test
    void nonDatumsAreSkipped() {
        assertEquals(Optional.empty(), TxDatums.concatenatedBytes(new TxDatum("not_valid_datum")));
        assertEquals(Optional.empty(), TxDatums.concatenatedBytes(new TxDatum("[1,2]")));
        assertEquals(Optional.empty(), TxDatums.concatenatedBytes(new TxDatum("{\"constructor\":0}")));
        assertEquals(Optional.of(""), TxDatums.concatenatedBytes(new TxDatum("{\"fields\":[{\"bytes\":1}]}")));
    }
}
