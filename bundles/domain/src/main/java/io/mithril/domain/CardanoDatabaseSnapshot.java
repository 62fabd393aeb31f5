package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.util.List;
import java.util.Objects;

/**
 * The Cardano database v2 artifact. Only the beacon epoch and the Merkle root of the immutable-file digests enter its
 * hash; sizes, locations and the node version are descriptive.
 */
public record CardanoDatabaseSnapshot(String merkleRoot, String network, CardanoDbBeacon beacon,
                                      long totalDbSizeUncompressed, Digests digests, Immutables immutables,
                                      Ancillary ancillary, String cardanoNodeVersion) implements Artifact {

    public CardanoDatabaseSnapshot {
        Objects.requireNonNull(merkleRoot, "merkle_root");
        Objects.requireNonNull(beacon, "beacon");
    }

    /** {@code hex(SHA-256(u64 beacon.epoch ‖ merkle_root text))} — the immutable file number is not hashed. */
    @Override
    public String computeHash() {
        return HashFeed.sha256().u64(beacon.epoch().value()).utf8(merkleRoot).hex();
    }

    @Override
    public SignedEntityType signedEntityType() {
        return new SignedEntityType.CardanoDatabase(beacon);
    }

    /** The digests manifest: its byte size and where to get it. */
    public record Digests(long sizeUncompressed, List<ArtifactLocation> locations) {
        public Digests {
            locations = List.copyOf(locations);
        }
    }

    /** The immutable-file archives: average uncompressed size and URI templates. */
    public record Immutables(long averageSizeUncompressed, List<ArtifactLocation> locations) {
        public Immutables {
            locations = List.copyOf(locations);
        }
    }

    /** The ancillary archive (ledger state, last immutable trio). */
    public record Ancillary(long sizeUncompressed, List<ArtifactLocation> locations) {
        public Ancillary {
            locations = List.copyOf(locations);
        }
    }
}
