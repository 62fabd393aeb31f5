package io.mithril.spi.signature;

import java.time.Instant;

/**
 * A single signature as a source received it. <code>signedEntityTypeJson</code> is the signed entity type as the
 * signer sent it (e.g. <code>{"MithrilStakeDistribution":15}</code>); <code>signature</code> is the encoded single
 * signature as received (JSON-hex or bytes-hex); <code>signedMessage</code> may be null (DMQ messages carry none).
 */
public record SingleSignatureEnvelope(String partyId, String signedEntityTypeJson, String signature,
        String signedMessage, String origin, Instant receivedAt) {
}
