package io.mithril.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** aggregator.md §1.5: origin tag whitelist and client types. */
class RequestOriginTest {
    @Test
    void theDefaultTagsAreAlwaysWhitelisted() {
        OriginTagWhitelist whitelist = OriginTagWhitelist.withCustomTags("WALLET");
        for (String tag : new String[] {"EXPLORER", "BENCHMARK", "CI", "NA", "WALLET"}) {
            assertEquals(tag, whitelist.resolve(tag));
        }
    }

    @Test
    void customEntriesAreCommaSplitAndTrimmed() {
        OriginTagWhitelist whitelist = OriginTagWhitelist.withCustomTags(" A , B,,C ");
        assertEquals("A", whitelist.resolve("A"));
        assertEquals("B", whitelist.resolve("B"));
        assertEquals("C", whitelist.resolve("C"));
        assertEquals("NA", whitelist.resolve(" A "));
    }

    @Test
    void anAbsentOrUnknownTagIsNa() {
        OriginTagWhitelist whitelist = OriginTagWhitelist.defaults();
        assertEquals("NA", whitelist.resolve(null));
        assertEquals("NA", whitelist.resolve("WALLET"));
        assertEquals("NA", whitelist.resolve("explorer"), "tags compare case-sensitively");
    }

    @Test
    void clientTypesOutsideTheKnownFourAreNa() {
        assertEquals("CLI", RequestOrigin.clientType("CLI"));
        assertEquals("WASM", RequestOrigin.clientType("WASM"));
        assertEquals("LIBRARY", RequestOrigin.clientType("LIBRARY"));
        assertEquals("NA", RequestOrigin.clientType("NA"));
        assertEquals("NA", RequestOrigin.clientType("cli"));
        assertEquals("NA", RequestOrigin.clientType(null));
        assertEquals("NA", RequestOrigin.clientType("BROWSER"));
    }
}
