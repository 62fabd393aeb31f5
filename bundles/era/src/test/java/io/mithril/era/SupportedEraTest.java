package io.mithril.era;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class SupportedEraTest {
    @Test
    void erasAreThoseOfTheReferenceInOrder() {
        assertEquals(List.of("pythagoras", "lagrange"), SupportedEra.eras().stream().map(SupportedEra::id).toList());
        assertEquals(List.of("Pythagoras", "Lagrange"),
                SupportedEra.eras().stream().map(SupportedEra::debugName).toList());
    }

    @Test
    void parsingIsExactLikeStrum() {
        assertEquals(Optional.of(SupportedEra.LAGRANGE), SupportedEra.parse("lagrange"));
        assertEquals(Optional.empty(), SupportedEra.parse("Lagrange"));
        assertEquals(Optional.empty(), SupportedEra.parse("thales"));
    }
}
