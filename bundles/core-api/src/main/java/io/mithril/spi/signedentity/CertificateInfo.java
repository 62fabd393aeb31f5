package io.mithril.spi.signedentity;

import java.time.Instant;
import java.util.Map;

/** The certificate that certifies a signed entity, as given to a plugin building the artifact. */
public record CertificateInfo(String hash, long epoch, String signedMessage, Map<String, String> messageParts,
        Instant sealedAt) {
    public CertificateInfo {
        messageParts = Map.copyOf(messageParts);
    }
}
