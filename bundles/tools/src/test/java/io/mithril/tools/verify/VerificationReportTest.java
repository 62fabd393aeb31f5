package io.mithril.tools.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class VerificationReportTest {
    @Test
    void anEmptyChainIsNotASuccess() {
        VerificationReport empty = new VerificationReport(List.of(), List.of(), 0, 0, 0, 0);
        assertFalse(empty.success(), "an aggregator with no certificate proves nothing");
        assertEquals("verified 0/0 certificates", empty.summaryLine());
    }

    @Test
    void successNeedsEveryCertificateAndNoFailure() {
        assertTrue(new VerificationReport(List.of(), List.of(), 3, 3, 1, 1).success());
        assertFalse(new VerificationReport(List.of(), List.of(), 2, 3, 0, 0).success());
        assertFalse(new VerificationReport(List.of("artifact x: hash mismatch"), List.of(), 3, 3, 0, 1).success());
    }
}
