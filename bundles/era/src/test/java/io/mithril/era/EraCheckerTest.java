package io.mithril.era;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class EraCheckerTest {
    @Test
    void supportedTokenUpdatesTheCurrentEra() throws Exception {
        EraChecker checker = new EraChecker(SupportedEra.PYTHAGORAS, 1);
        Optional<String> warning = checker.update(new EraEpochToken(12, EraMarker.at("lagrange", 10),
                Optional.empty()));
        assertEquals(Optional.empty(), warning);
        assertEquals(SupportedEra.LAGRANGE, checker.currentEra());
        assertEquals(12, checker.epoch());
    }

    @Test
    void unsupportedCurrentEraIsCriticalAndLeavesTheStateUnchanged() {
        EraChecker checker = new EraChecker(SupportedEra.PYTHAGORAS, 1);
        assertThrows(UnsupportedEraException.class,
                () -> checker.update(new EraEpochToken(5, EraMarker.at("euclid", 4), Optional.empty())));
        assertEquals(SupportedEra.PYTHAGORAS, checker.currentEra());
        assertEquals(1, checker.epoch());
    }

    @Test
    void unsupportedNextEraOnlyWarns() throws Exception {
        EraChecker checker = new EraChecker(SupportedEra.PYTHAGORAS, 1);
        Optional<String> warning = checker.update(new EraEpochToken(5, EraMarker.at("pythagoras", 0),
                Optional.of(EraMarker.at("euclid", 9))));
        assertTrue(warning.orElseThrow().contains("'euclid'"));
        assertEquals(SupportedEra.PYTHAGORAS, checker.currentEra());
    }
}
