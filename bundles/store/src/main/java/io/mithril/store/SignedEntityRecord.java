package io.mithril.store;

import java.time.Instant;

/**
 * A row of <code>signed_entity</code>: an artifact and the certificate that certifies it.
 *
 * @param signedEntityId the artifact hash
 * @param beacon the beacon JSON as stored: a bare epoch (<code>15</code>) or an object with an <code>epoch</code> field
 * @param artifact the artifact JSON
 */
public record SignedEntityRecord(String signedEntityId, int signedEntityTypeId, String certificateId, String beacon,
        String artifact, Instant createdAt) {
}
