package io.mithril.metrics.internal;

import java.util.Map;

/**
 * The metrics server keys of the aggregator configuration (aggregator.md §6.2), read from the properties of the
 * {@code io.mithril.aggregator} PID. Values may arrive typed or as strings, depending on the configuration layer.
 */
record MetricsServerSettings(boolean enabled, String ip, int port) {
    static final String ENABLE = "enable_metrics_server";
    static final String IP = "metrics_server_ip";
    static final String PORT = "metrics_server_port";

    static final MetricsServerSettings DEFAULTS = new MetricsServerSettings(false, "0.0.0.0", 9090);

    static MetricsServerSettings from(Map<String, ?> properties) {
        return new MetricsServerSettings(
                bool(properties.get(ENABLE), DEFAULTS.enabled),
                text(properties.get(IP), DEFAULTS.ip),
                port(properties.get(PORT), DEFAULTS.port));
    }

    private static boolean bool(Object value, boolean fallback) {
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true")) {
            return true;
        }
        if (text.equalsIgnoreCase("false")) {
            return false;
        }
        throw new IllegalArgumentException(ENABLE + " must be true or false, got '" + value + "'");
    }

    private static String text(Object value, String fallback) {
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    private static int port(Object value, int fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            int port = value instanceof Number n ? Math.toIntExact(n.longValue()) : Integer.parseInt(value.toString().trim());
            if (port < 0 || port > 65535) {
                throw new NumberFormatException("out of range");
            }
            return port;
        } catch (NumberFormatException | ArithmeticException e) {
            throw new IllegalArgumentException(PORT + " must be a port number, got '" + value + "'", e);
        }
    }
}
