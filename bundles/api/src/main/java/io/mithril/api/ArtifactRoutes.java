package io.mithril.api;

import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.StoredArtifact;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the artifact routes of the signed-entity plugins share: the list of the newest stored artifacts of one type
 * and the detail of one, as compact JSON; an unknown artifact is an empty 404, as in the reference. The plugin makes
 * each message from the stored row, which carries the {@code certificate_hash} and {@code created_at} the messages
 * add to the artifact.
 */
public final class ArtifactRoutes {
    /** The reference lists the newest 20 artifacts of a type. */
    public static final int LIST_MAX_ITEMS = 20;

    private final ArtifactRepository artifacts;
    private final String discriminant;

    /** @param discriminant the signed entity type served, e.g. {@code MithrilStakeDistribution} */
    public ArtifactRoutes(ArtifactRepository artifacts, String discriminant) {
        this.artifacts = artifacts;
        this.discriminant = discriminant;
    }

    /** The newest {@value #LIST_MAX_ITEMS} artifacts, newest first, each as {@code toListItem} makes it. */
    public Response latest(Function<StoredArtifact, ?> toListItem) {
        return JsonResponses.ok(artifacts.latest(discriminant, LIST_MAX_ITEMS).stream().map(toListItem).toList());
    }

    /** The artifact of this hash as {@code toDetail} makes it, or an empty 404. */
    public Response byHash(String hash, Function<StoredArtifact, ?> toDetail) {
        return detail(artifacts.byHash(discriminant, hash), toDetail);
    }

    /** The artifact whose beacon is at this epoch as {@code toDetail} makes it, or an empty 404. */
    public Response byBeaconEpoch(long epoch, Function<StoredArtifact, ?> toDetail) {
        return detail(artifacts.byBeaconEpoch(discriminant, epoch, 1).stream().findFirst(), toDetail);
    }

    private static Response detail(Optional<StoredArtifact> row, Function<StoredArtifact, ?> toDetail) {
        return row.map(found -> JsonResponses.ok(toDetail.apply(found))).orElseGet(JsonResponses::notFound);
    }
}
