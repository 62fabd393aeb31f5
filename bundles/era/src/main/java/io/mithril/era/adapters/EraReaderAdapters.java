package io.mithril.era.adapters;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.era.EraReaderAdapter;

/**
 * Builds the adapter named by <code>era_reader_adapter_type</code> from the JSON <code>era_reader_adapter_params</code>
 * (aggregator.md §7). Errors name the adapter and the offending parameter.
 */
public final class EraReaderAdapters {
    /** The adapter types, as configured. */
    public static final java.util.List<String> TYPES =
            java.util.List.of("bootstrap", "bootstrap-latest", "dummy", "file", "cardano-chain");

    private EraReaderAdapters() {
    }

    /**
     * @param params the JSON parameters (null when unset; only <code>dummy</code>, <code>file</code> and
     *        <code>cardano-chain</code> need them)
     * @param observer where <code>cardano-chain</code> reads datums
     * @throws IllegalArgumentException on an unknown type or missing/invalid parameters
     */
    public static EraReaderAdapter build(String type, String params, CardanoChainAdapter.ObserverSource observer) {
        String normalized = type == null ? "bootstrap" : type.trim().toLowerCase(Locale.ROOT);
        switch (normalized) {
            case "bootstrap":
                return BootstrapAdapter.first();
            case "bootstrap-latest":
                return BootstrapAdapter.latest();
            case "dummy":
                return new DummyAdapter(EraMarkersJson.parse(field(normalized, params, "markers")));
            case "file":
                return new FileAdapter(Path.of(text(normalized, params, "markers_file")));
            case "cardano-chain":
                return cardanoChain(params, observer);
            default:
                throw new IllegalArgumentException("unknown era reader adapter type '" + type + "' (expected one of "
                        + String.join(", ", TYPES) + ")");
        }
    }

    private static EraReaderAdapter cardanoChain(String params, CardanoChainAdapter.ObserverSource observer) {
        String address = text("cardano-chain", params, "address");
        String key = text("cardano-chain", params, "verification_key");
        Ed25519VerificationKey verificationKey;
        try {
            verificationKey = Ed25519VerificationKey.decode(key);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("era reader adapter parameters decode error: 'verification_key' is not"
                    + " a JSON-hex Ed25519 verification key: " + e.getMessage(), e);
        }
        return new CardanoChainAdapter(address, observer, verificationKey);
    }

    private static String text(String type, String params, String name) {
        JsonNode value = field(type, params, name);
        if (!value.isTextual()) {
            throw new IllegalArgumentException("era reader adapter parameters parse error: '" + name
                    + "' must be a string (adapter " + type + ")");
        }
        return value.textValue();
    }

    private static JsonNode field(String type, String params, String name) {
        if (params == null || params.isBlank()) {
            throw new IllegalArgumentException("era reader adapter parameters are missing (adapter " + type
                    + " needs era_reader_adapter_params with '" + name + "')");
        }
        JsonNode root;
        try {
            root = EraMarkersJson.MAPPER.readTree(params);
        } catch (IOException e) {
            throw new IllegalArgumentException("era reader adapter parameters parse error: " + e.getMessage(), e);
        }
        JsonNode value = root == null ? null : root.get(name);
        if (value == null || value.isNull()) {
            throw new IllegalArgumentException("era reader adapter parameters parse error: missing field '" + name
                    + "' (adapter " + type + ")");
        }
        return value;
    }
}
