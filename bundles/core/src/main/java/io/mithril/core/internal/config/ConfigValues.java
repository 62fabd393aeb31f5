package io.mithril.core.internal.config;

import java.util.Map;
import java.util.Optional;

/** Reads configuration values typed by the launcher (Long, Double, Boolean) or given as text. */
final class ConfigValues {
    private final Map<String, ?> properties;

    ConfigValues(Map<String, ?> properties) {
        this.properties = properties;
    }

    Optional<String> string(String key) {
        Object value = properties.get(key);
        if (value == null || value.toString().isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.toString().trim());
    }

    Optional<Long> unsigned(String key) {
        return string(key).map(text -> {
            try {
                return Long.parseUnsignedLong(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("configuration '" + key + "': '" + text
                        + "' is not an unsigned integer", e);
            }
        });
    }

    Optional<Double> decimal(String key) {
        return string(key).map(text -> {
            try {
                return Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("configuration '" + key + "': '" + text + "' is not a number", e);
            }
        });
    }

    Optional<Boolean> bool(String key) {
        return string(key).map(text -> {
            if (!text.equalsIgnoreCase("true") && !text.equalsIgnoreCase("false")) {
                throw new IllegalArgumentException("configuration '" + key + "': '" + text + "' is not a boolean");
            }
            return Boolean.parseBoolean(text);
        });
    }
}
