package io.mithril.metrics.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsServerSettingsTest {

    @Test
    void defaultsAreThoseOfTheReference() {
        assertEquals(new MetricsServerSettings(false, "0.0.0.0", 9090), MetricsServerSettings.from(Map.of()));
    }

    @Test
    void readsTypedAndTextualValues() {
        assertEquals(new MetricsServerSettings(true, "127.0.0.1", 9191), MetricsServerSettings.from(Map.of(
                "enable_metrics_server", true, "metrics_server_ip", "127.0.0.1", "metrics_server_port", 9191)));
        assertEquals(new MetricsServerSettings(true, "::1", 1234), MetricsServerSettings.from(Map.of(
                "enable_metrics_server", "TRUE", "metrics_server_ip", " ::1 ", "metrics_server_port", "1234")));
        assertEquals(new MetricsServerSettings(false, "0.0.0.0", 9090), MetricsServerSettings.from(Map.of(
                "enable_metrics_server", "false", "metrics_server_port", 9090L)));
    }

    @Test
    void rejectsInvalidValues() {
        assertThrows(IllegalArgumentException.class,
                () -> MetricsServerSettings.from(Map.of("enable_metrics_server", "yes")));
        assertThrows(IllegalArgumentException.class,
                () -> MetricsServerSettings.from(Map.of("metrics_server_port", "http")));
        assertThrows(IllegalArgumentException.class,
                () -> MetricsServerSettings.from(Map.of("metrics_server_port", 70000)));
    }
}
