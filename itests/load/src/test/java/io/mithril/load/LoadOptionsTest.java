package io.mithril.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class LoadOptionsTest {
    @Test
    void defaultsAreTheReferenceStressToolParameters() {
        LoadOptions options = LoadOptions.parse(List.of());
        assertEquals(1000, options.signers());
        assertEquals(8, options.clients());
        assertEquals(2422, options.k());
        assertEquals(20973, options.m());
        assertEquals(0.2, options.phiF());
        assertEquals(Duration.ofMillis(125), options.runInterval());
    }

    @Test
    void boundsAreEnforced() {
        assertEquals(3000, LoadOptions.parse(List.of("--signers", "3000")).signers());
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--signers", "3001")));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--clients", "0")));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--phi-f", "1.5")));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--k", "30", "--m", "20")));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--signers")));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--nope", "1")));
    }
}
