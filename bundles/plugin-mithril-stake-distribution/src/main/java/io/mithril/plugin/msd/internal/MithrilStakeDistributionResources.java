package io.mithril.plugin.msd.internal;

import io.mithril.api.ArtifactRoutes;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.api.ServedDetails;
import io.mithril.domain.message.MithrilStakeDistributionListItemMessage;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.StoredArtifact;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The routes of the Mithril stake distribution: the latest 20, and one by hash (an empty 404 when unknown). */
public final class MithrilStakeDistributionResources {
    private MithrilStakeDistributionResources() {
    }

    /** {@code GET /artifact/mithril-stake-distributions}. */
    @Component(service = ListResource.class, property = "osgi.jakartars.resource=true")
    @Path("/artifact/mithril-stake-distributions")
    public static final class ListResource {
        private final ArtifactRoutes routes;

        @Activate
        public ListResource(@Reference ArtifactRepository artifacts) {
            this.routes = new ArtifactRoutes(artifacts, MithrilStakeDistributionPlugin.DISCRIMINANT);
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response latest() {
            return routes.latest(ListResource::item);
        }

        /** The epoch is the stored beacon (a bare epoch), so the possibly large artifact is not parsed. */
        private static MithrilStakeDistributionListItemMessage item(StoredArtifact row) {
            return new MithrilStakeDistributionListItemMessage(MsdBeacon.parse(row.beaconJson()).epoch(), row.hash(),
                    row.certificateHash(), row.createdAt());
        }
    }

    /** {@code GET /artifact/mithril-stake-distribution/{hash}}, counted under the request's origin. */
    @Component(service = DetailResource.class, property = "osgi.jakartars.resource=true")
    @Path("/artifact/mithril-stake-distribution")
    public static final class DetailResource {
        private final ArtifactRoutes routes;
        private final RequestOrigins origins;
        private final ServedDetails served;

        @Activate
        public DetailResource(@Reference ArtifactRepository artifacts, @Reference RequestOrigins origins,
                @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
                MetricsService metrics) {
            this.routes = new ArtifactRoutes(artifacts, MithrilStakeDistributionPlugin.DISCRIMINANT);
            this.origins = origins;
            this.served = new ServedDetails(metrics,
                    AggregatorMetric.ARTIFACT_DETAIL_MITHRIL_STAKE_DISTRIBUTION_TOTAL_SERVED);
        }

        @GET
        @Path("/{hash}")
        @Produces(MediaType.APPLICATION_JSON)
        public Response byHash(@PathParam("hash") String hash,
                @HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
                @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
            served.count(origins.resolve(originTag, clientType));
            return routes.byHash(hash, StoredMithrilStakeDistribution::message);
        }
    }
}
