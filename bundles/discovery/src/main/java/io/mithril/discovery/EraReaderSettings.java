package io.mithril.discovery;

import java.util.Objects;
import java.util.Optional;

/**
 * The {@code era-reader} entry of a Mithril network: the adapter type (e.g. {@code cardano-chain}) and where to
 * download the era-marker address and verification key.
 */
public record EraReaderSettings(String adapterType, Optional<String> addressUrl, Optional<String> verificationKeyUrl) {
    public EraReaderSettings {
        Objects.requireNonNull(adapterType, "adapterType");
        Objects.requireNonNull(addressUrl, "addressUrl");
        Objects.requireNonNull(verificationKeyUrl, "verificationKeyUrl");
    }
}
