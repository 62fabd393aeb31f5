package io.mithril.domain;

import java.util.List;
import java.util.Objects;

/**
 * The legacy full Cardano DB snapshot artifact of the discontinued {@code CardanoImmutableFilesFull} type. Its id is
 * its digest, which is the {@code snapshot_digest} part of its certificate.
 *
 * @param ancillarySize       null when absent
 * @param ancillaryLocations  null when absent
 */
public record Snapshot(String digest, String network, CardanoDbBeacon beacon, long size, Long ancillarySize,
                       List<String> locations, List<String> ancillaryLocations, String compressionAlgorithm,
                       String cardanoNodeVersion) implements Artifact {

    public Snapshot {
        Objects.requireNonNull(digest, "digest");
        Objects.requireNonNull(beacon, "beacon");
        locations = List.copyOf(locations);
        ancillaryLocations = ancillaryLocations == null ? null : List.copyOf(ancillaryLocations);
    }

    /** The id of a legacy snapshot is its digest. */
    @Override
    public String computeHash() {
        return digest;
    }

    @Override
    public SignedEntityType signedEntityType() {
        return new SignedEntityType.CardanoImmutableFilesFull(beacon);
    }
}
