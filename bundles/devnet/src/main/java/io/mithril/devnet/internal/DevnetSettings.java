package io.mithril.devnet.internal;

import java.net.URI;
import java.util.Map;

import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.ed25519.Ed25519SigningKey;

/**
 * What the devnet command reads from the aggregator configuration: where the API listens, the chain observer type,
 * the devnet seed (shared with the devnet chain observer) and the genesis keys.
 */
record DevnetSettings(String serverIp, int serverPort, String chainObserverType, String seed,
        String genesisSecretKey, String genesisVerificationKey) {

    /**
     * The deterministic test key of the reference's end-to-end devnets (aggregator.md §7): the Ed25519 key of the
     * first 32 bytes of ChaCha20Rng(seed 0), whose verification key the devnet profile configures.
     */
    static final Ed25519SigningKey DEVNET_GENESIS_KEY = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);

    static DevnetSettings from(Map<String, ?> properties) {
        return new DevnetSettings(text(properties, "server_ip", "0.0.0.0"),
                Integer.parseInt(text(properties, "server_port", "8080")),
                text(properties, "chain_observer_type", ""),
                text(properties, "devnet_seed", DevnetPools.DEFAULT_SEED),
                text(properties, "genesis_secret_key", DEVNET_GENESIS_KEY.toJsonHex()),
                text(properties, "genesis_verification_key", ""));
    }

    /** The API root a local client uses (a wildcard bind address is reached through loopback). */
    URI endpoint() {
        String host = serverIp.isBlank() || serverIp.equals("0.0.0.0") ? "127.0.0.1"
                : serverIp.equals("::") ? "[::1]" : serverIp.contains(":") ? "[" + serverIp + "]" : serverIp;
        return URI.create("http://" + host + ":" + serverPort + "/aggregator");
    }

    /** Null when the genesis secret key matches the configured verification key (or none is configured). */
    String genesisKeyMismatch() {
        String derived;
        try {
            derived = Ed25519SigningKey.decode(genesisSecretKey).verificationKey().toJsonHex();
        } catch (RuntimeException e) {
            return "genesis_secret_key is not a valid Ed25519 secret key: " + e.getMessage();
        }
        if (!genesisVerificationKey.isBlank() && !genesisVerificationKey.equalsIgnoreCase(derived)) {
            return "genesis_verification_key does not match genesis_secret_key (the devnet signs its genesis"
                    + " certificate with it): expected " + derived;
        }
        return null;
    }

    private static String text(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }
}
