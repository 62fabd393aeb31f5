package io.mithril.spi.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EpochParameterTest {
    @Test
    void expandsNumbersAndLatestExpressionsCaseInsensitively() {
        assertEquals(12, EpochParameter.resolve("12", 40, 5));
        assertEquals(40, EpochParameter.resolve("LaTeSt", 40, 5));
        assertEquals(37, EpochParameter.resolve("latest-3", 40, 5));
        assertEquals(0, EpochParameter.resolve("latest-9", 4, -1));
    }

    @Test
    void rejectsGarbageWithInvalidEpochLabel() {
        ApiException e = assertThrows(ApiException.class, () -> EpochParameter.resolve("yesterday", 40, 5));
        assertEquals(400, e.status());
        assertEquals("invalid_epoch", e.label());
        assertThrows(ApiException.class, () -> EpochParameter.resolve("-1", 40, 5));
        assertThrows(ApiException.class, () -> EpochParameter.resolve("latest-", 40, 5));
    }

    @Test
    void rejectsOffsetsBeyondTheArtifactMaximum() {
        ApiException e = assertThrows(ApiException.class,
                () -> EpochParameter.resolve("latest-6", 40, EpochParameter.MAX_ARTIFACT_EPOCH_OFFSET));
        assertTrue(e.getMessage().contains("offset greater than maximum allowed value"), e.getMessage());
        assertEquals(35, EpochParameter.resolve("latest-5", 40, EpochParameter.MAX_ARTIFACT_EPOCH_OFFSET));
    }
}
