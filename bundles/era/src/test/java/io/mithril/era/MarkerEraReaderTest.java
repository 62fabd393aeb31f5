package io.mithril.era;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The cases of the reference's era_reader.rs tests, plus tie-breaking and adapter failure. */
class MarkerEraReaderTest {
    private static final String DUMMY = SupportedEra.eras().get(0).id();

    private static List<EraMarker> basicSample() {
        return List.of(EraMarker.at("one", 1), EraMarker.unscheduled(DUMMY), EraMarker.at(DUMMY, 10));
    }

    private static EraEpochToken read(List<EraMarker> markers, long epoch) throws EraReaderException {
        return new MarkerEraReader(() -> markers).readEraEpochToken(epoch);
    }

    @Test
    void currentEraIsTheGreatestEpochAtOrBeforeTheCurrentOne() throws Exception {
        EraEpochToken token = read(basicSample(), 10);
        assertEquals(new EraEpochToken(10, EraMarker.at(DUMMY, 10), Optional.empty()), token);
        assertEquals(SupportedEra.PYTHAGORAS, token.currentSupportedEra());
        assertEquals(Optional.empty(), token.nextSupportedEra());
    }

    @Test
    void nextEraIsTheLastMarkerWhenItDiffers() throws Exception {
        EraEpochToken token = read(basicSample(), 9);
        assertEquals(new EraEpochToken(9, EraMarker.at("one", 1), Optional.of(EraMarker.at(DUMMY, 10))), token);
        UnsupportedEraException e = assertThrows(UnsupportedEraException.class, token::currentSupportedEra);
        assertEquals("Unsupported Era 'one'.", e.getMessage());
        assertEquals(Optional.of(SupportedEra.PYTHAGORAS), token.nextSupportedEra());
    }

    @Test
    void noMarkerAtOrBeforeTheEpochIsCurrentEraNotFound() {
        List<EraMarker> markers = List.of(EraMarker.unscheduled("one"), EraMarker.unscheduled("two"),
                EraMarker.at("three", 100));
        EraReaderException e = assertThrows(EraReaderException.class, () -> read(markers, 9));
        assertEquals(EraReaderException.Kind.CURRENT_ERA_NOT_FOUND, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot determine the Era we are currently at epoch 9"), e.getMessage());
        assertTrue(e.getMessage().contains("EraMarker { name: \"three\", epoch: Some(Epoch(100)) }"), e.getMessage());
    }

    @Test
    void noMarkerAtAllIsCurrentEraNotFound() {
        EraReaderException e = assertThrows(EraReaderException.class, () -> read(List.of(), 9));
        assertEquals(EraReaderException.Kind.CURRENT_ERA_NOT_FOUND, e.kind());
    }

    @Test
    void epochZeroMarkerApplies() throws Exception {
        assertEquals(EraMarker.at(DUMMY, 0), read(List.of(EraMarker.at(DUMMY, 0)), 9).currentEra());
    }

    @Test
    void onEqualEpochsTheFirstMarkerWins() throws Exception {
        EraEpochToken token = read(List.of(EraMarker.at("pythagoras", 5), EraMarker.at("lagrange", 5)), 7);
        assertEquals(EraMarker.at("pythagoras", 5), token.currentEra());
        assertEquals(Optional.of(EraMarker.at("lagrange", 5)), token.nextEra());
    }

    @Test
    void goldenMarkersSelectCurrentAndNext() throws Exception {
        List<EraMarker> golden = List.of(EraMarker.at("thales", 1), EraMarker.at("pythagoras", 2));
        assertEquals(new EraEpochToken(1, EraMarker.at("thales", 1), Optional.of(EraMarker.at("pythagoras", 2))),
                read(golden, 1));
        assertEquals(new EraEpochToken(2, EraMarker.at("pythagoras", 2), Optional.empty()), read(golden, 2));
    }

    @Test
    void adapterFailureIsReported() {
        EraReaderException e = assertThrows(EraReaderException.class,
                () -> new MarkerEraReader(() -> {
                    throw new IOException("disk on fire");
                }).readEraEpochToken(3));
        assertEquals(EraReaderException.Kind.ADAPTER_FAILURE, e.kind());
        assertEquals("Reading from EraReader adapter raised an error: 'disk on fire'.", e.getMessage());
    }
}
