package io.mithril.launcher;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Hashtable;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The aggregator's settings, layered exactly like the reference (aggregator.md §6.1, last wins): built-in defaults,
 * then <code>{config-directory}/{run-mode}.json</code> (optional; unknown keys kept as text for plugins), then
 * UPPERCASE environment variables with <code>__</code> nesting, then command-line flags.
 */
final class Configuration {
    /** Service properties of the SPI that select an implementation (ChainObserver, Uploader, Command). */
    private static final java.util.Set<String> RESERVED_SERVICE_PROPERTIES = java.util.Set.of("chain.observer.type",
            "uploader.type", "mithril.command");
    private final Map<String, Object> values;
    private final Map<String, String> origins;

    private Configuration(Map<String, Object> values, Map<String, String> origins) {
        this.values = values;
        this.origins = origins;
    }

    static Configuration load(Path configDirectory, String runMode, Map<String, String> environment,
            Map<String, Object> flags) throws ConfigurationException {
        return load(configDirectory, runMode, environment, flags, null);
    }

    /**
     * Same, with a profile layered right above the built-in defaults (the <code>devnet</code> command ships one so it
     * runs with no configuration at all).
     */
    static Configuration load(Path configDirectory, String runMode, Map<String, String> environment,
            Map<String, Object> flags, Profile profile) throws ConfigurationException {
        Map<String, Object> values = new LinkedHashMap<>();
        Map<String, String> origins = new LinkedHashMap<>();
        try {
            for (ConfigKey key : ConfigKeys.all()) {
                if (key.defaultValue() != null) {
                    values.put(key.name(), key.defaultValue());
                    origins.put(key.name(), "default");
                }
            }
            if (profile != null) {
                flatten("", profile.values(), values, origins, "profile " + profile.name());
            }
            Path file = configDirectory.resolve(runMode + ".json");
            if (Files.isRegularFile(file)) {
                readFile(file, values, origins);
            }
            for (ConfigKey key : ConfigKeys.all()) {
                String raw = environment.get(key.environmentVariable());
                if (raw != null) {
                    values.put(key.name(), key.convert(raw));
                    origins.put(key.name(), "environment " + key.environmentVariable());
                }
            }
            for (Map.Entry<String, Object> flag : flags.entrySet()) {
                Object converted = ConfigKeys.find(flag.getKey()).map(k -> k.convert(flag.getValue()))
                        .orElse(flag.getValue());
                values.put(flag.getKey(), converted);
                origins.put(flag.getKey(), "command line");
            }
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException(e.getMessage());
        }
        return new Configuration(values, origins);
    }

    private static void readFile(Path file, Map<String, Object> values, Map<String, String> origins)
            throws ConfigurationException {
        JsonNode root;
        try {
            root = Json.read(file);
        } catch (IOException e) {
            throw new ConfigurationException("cannot read configuration file " + file + ": " + e.getMessage());
        }
        if (!root.isObject()) {
            throw new ConfigurationException("configuration file " + file + " must hold a JSON object");
        }
        flatten("", root, values, origins, file.toString());
    }

    private static void flatten(String prefix, JsonNode node, Map<String, Object> values,
            Map<String, String> origins, String origin) {
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = prefix + field.getKey();
            JsonNode value = field.getValue();
            var key = ConfigKeys.find(name);
            if (value.isObject() && key.isEmpty()) {
                flatten(name + ".", value, values, origins, origin);
                continue;
            }
            if (value.isNull()) {
                continue;
            }
            Object raw = value.isValueNode() ? scalar(value) : Json.write(value);
            values.put(name, key.map(k -> k.convert(raw)).orElse(raw.toString()));
            origins.put(name, origin);
        }
    }

    private static Object scalar(JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        return value.asText();
    }

    /** Checks what <code>serve</code> needs; the message names every missing key and its environment variable. */
    void requireForServe() throws ConfigurationException {
        List<String> missing = new ArrayList<>();
        for (ConfigKey key : ConfigKeys.all()) {
            if (key.requiredToServe() && !values.containsKey(key.name())) {
                missing.add(key.name() + " (env " + key.environmentVariable() + ")");
            }
        }
        boolean leader = !values.containsKey("leader_aggregator_endpoint");
        if (leader) {
            for (String name : List.of("protocol_parameters.k", "protocol_parameters.m", "protocol_parameters.phi_f")) {
                if (!values.containsKey(name)) {
                    missing.add(name + " (env " + ConfigKeys.find(name).orElseThrow().environmentVariable()
                            + ", mandatory on a leader)");
                }
            }
        }
        if ("private".equals(values.get("network")) && !values.containsKey("network_magic")) {
            missing.add("network_magic (env NETWORK_MAGIC, mandatory for network 'private')");
        }
        if (!missing.isEmpty()) {
            throw new ConfigurationException("missing configuration: " + String.join(", ", missing));
        }
    }

    Object get(String key) {
        return values.get(key);
    }

    String getString(String key, String fallback) {
        Object value = values.get(key);
        return value == null ? fallback : value.toString();
    }

    Map<String, Object> values() {
        return Collections.unmodifiableMap(values);
    }

    String origin(String key) {
        return origins.getOrDefault(key, "unset");
    }

    /**
     * The ConfigAdmin properties: every key under its reference name (<code>server_port</code>,
     * <code>protocol_parameters.k</code>) and under its dotted form (<code>server.port</code>,
     * <code>protocol.parameters.k</code>), which is what a DS <code>@ObjectClassDefinition</code> method
     * <code>server_port()</code> / <code>protocol_parameters_k()</code> reads.
     */
    Hashtable<String, Object> toProperties() {
        Hashtable<String, Object> properties = new Hashtable<>();
        values.forEach((key, value) -> {
            properties.put(key, value);
            String dotted = key.replace('_', '.');
            // DS copies configuration into service properties: an alias must not shadow a selection property.
            if (!RESERVED_SERVICE_PROPERTIES.contains(dotted)) {
                properties.put(dotted, value);
            }
        });
        return properties;
    }
}
