package io.mithril.launcher;

import java.util.List;
import java.util.Locale;

/**
 * One configuration key of the reference aggregator (aggregator.md §6.2): its name (lower snake_case, nested keys
 * joined with a dot), value type, default and whether <code>serve</code> requires it.
 */
record ConfigKey(String name, Type type, Object defaultValue, boolean requiredToServe, List<String> allowed) {

    enum Type { STRING, UNSIGNED, BOOLEAN, DECIMAL, JSON, ENUM }

    static ConfigKey string(String name, String defaultValue) {
        return new ConfigKey(name, Type.STRING, defaultValue, false, List.of());
    }

    static ConfigKey unsigned(String name, Long defaultValue) {
        return new ConfigKey(name, Type.UNSIGNED, defaultValue, false, List.of());
    }

    static ConfigKey bool(String name, boolean defaultValue) {
        return new ConfigKey(name, Type.BOOLEAN, defaultValue, false, List.of());
    }

    static ConfigKey decimal(String name) {
        return new ConfigKey(name, Type.DECIMAL, null, false, List.of());
    }

    static ConfigKey json(String name) {
        return new ConfigKey(name, Type.JSON, null, false, List.of());
    }

    static ConfigKey oneOf(String name, String defaultValue, String... allowed) {
        return new ConfigKey(name, Type.ENUM, defaultValue, false, List.of(allowed));
    }

    ConfigKey required() {
        return new ConfigKey(name, type, defaultValue, true, allowed);
    }

    /** The environment variable that sets this key: UPPERCASE, nesting with <code>__</code>. */
    String environmentVariable() {
        return name.replace(".", "__").toUpperCase(Locale.ROOT);
    }

    /**
     * Converts a raw value (from JSON, the environment or the command line) to this key's type.
     *
     * @throws IllegalArgumentException with a message naming the key when the value does not fit
     */
    Object convert(Object raw) {
        if (raw == null) {
            return null;
        }
        String text = raw.toString().trim();
        switch (type) {
            case UNSIGNED:
                try {
                    if (raw instanceof Number n && !(raw instanceof Double || raw instanceof Float)) {
                        if (n.longValue() < 0) {
                            throw new NumberFormatException("negative");
                        }
                        return n.longValue();
                    }
                    return Long.parseUnsignedLong(text);
                } catch (NumberFormatException e) {
                    throw invalid(raw, "an unsigned integer");
                }
            case BOOLEAN:
                if (raw instanceof Boolean b) {
                    return b;
                }
                if (text.equalsIgnoreCase("true") || text.equals("1")) {
                    return true;
                }
                if (text.equalsIgnoreCase("false") || text.equals("0") || text.isEmpty()) {
                    return false;
                }
                throw invalid(raw, "true or false");
            case DECIMAL:
                try {
                    double value = raw instanceof Number n ? n.doubleValue() : Double.parseDouble(text);
                    if (!Double.isFinite(value)) {
                        throw new NumberFormatException();
                    }
                    return value;
                } catch (NumberFormatException e) {
                    throw invalid(raw, "a decimal number");
                }
            case ENUM:
                for (String candidate : allowed) {
                    if (candidate.equalsIgnoreCase(text)) {
                        return candidate;
                    }
                }
                throw invalid(raw, "one of " + String.join(", ", allowed));
            case JSON:
            case STRING:
            default:
                return raw instanceof String ? raw : Json.write(raw);
        }
    }

    private IllegalArgumentException invalid(Object raw, String expected) {
        return new IllegalArgumentException("invalid configuration '" + name + "' (env " + environmentVariable()
                + "): '" + raw + "' is not " + expected);
    }
}
