package io.mithril.spi.signedentity;

import java.time.Instant;

/** An artifact as stored by the aggregator, with its signed entity and certificate. */
public record StoredArtifact(String discriminant, String hash, String certificateHash, String beaconJson,
        String artifactJson, Instant createdAt) {
}
