package io.mithril.plugin.csd.internal;

import io.mithril.api.ArtifactRoutes;
import io.mithril.api.CurrentEpoch;
import io.mithril.api.JsonResponses;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.api.ServedDetails;
import io.mithril.domain.message.CardanoStakeDistributionListItemMessage;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.http.EpochParameter;
import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.EpochContextProvider;
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
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/** The routes of the Cardano stake distribution: the latest 20, one by hash, one by epoch. */
public final class CardanoStakeDistributionResources {
    private CardanoStakeDistributionResources() {
    }

    /** {@code GET /artifact/cardano-stake-distributions}. */
    @Component(service = ListResource.class, property = "osgi.jakartars.resource=true")
    @Path("/artifact/cardano-stake-distributions")
    public static final class ListResource {
        private final ArtifactRoutes routes;

        @Activate
        public ListResource(@Reference ArtifactRepository artifacts) {
            this.routes = new ArtifactRoutes(artifacts, CardanoStakeDistributionPlugin.DISCRIMINANT);
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response latest() {
            return routes.latest(ListResource::item);
        }

        private static CardanoStakeDistributionListItemMessage item(StoredArtifact row) {
            return new CardanoStakeDistributionListItemMessage(CsdBeacon.parse(row.beaconJson()).epoch(), row.hash(),
                    row.certificateHash(), row.createdAt());
        }
    }

    /**
     * {@code GET /artifact/cardano-stake-distribution/{hash}} and {@code …/epoch/{epoch}}, both counted under the
     * request's origin. By epoch, a number is used as is, while {@code latest} and {@code latest-K} (K at most 5)
     * are taken one epoch further back: at epoch N the newest distribution is the one of N − 1 (the reference's
     * quirk, aggregator.md §1.2).
     */
    @Component(service = DetailResource.class, property = "osgi.jakartars.resource=true")
    @Path("/artifact/cardano-stake-distribution")
    public static final class DetailResource {
        private final ArtifactRoutes routes;
        private final RequestOrigins origins;
        private final ServedDetails served;
        private final CurrentEpoch currentEpoch;

        @Activate
        public DetailResource(@Reference ArtifactRepository artifacts, @Reference RequestOrigins origins,
                @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
                MetricsService metrics) {
            this(artifacts, origins, metrics, new CurrentEpoch());
        }

        public DetailResource(ArtifactRepository artifacts, RequestOrigins origins, MetricsService metrics,
                CurrentEpoch currentEpoch) {
            this.routes = new ArtifactRoutes(artifacts, CardanoStakeDistributionPlugin.DISCRIMINANT);
            this.origins = origins;
            this.served = new ServedDetails(metrics,
                    AggregatorMetric.ARTIFACT_DETAIL_CARDANO_STAKE_DISTRIBUTION_TOTAL_SERVED);
            this.currentEpoch = currentEpoch;
        }

        @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
                policyOption = ReferencePolicyOption.GREEDY)
        void bindEpochs(EpochContextProvider provider) {
            currentEpoch.bind(provider);
        }

        void unbindEpochs(EpochContextProvider provider) {
            currentEpoch.unbind(provider);
        }

        @GET
        @Path("/{hash}")
        @Produces(MediaType.APPLICATION_JSON)
        public Response byHash(@PathParam("hash") String hash,
                @HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
                @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
            served.count(origins.resolve(originTag, clientType));
            return routes.byHash(hash, StoredCardanoStakeDistribution::message);
        }

        @GET
        @Path("/epoch/{epoch}")
        @Produces(MediaType.APPLICATION_JSON)
        public Response byEpoch(@PathParam("epoch") String epoch,
                @HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
                @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
            served.count(origins.resolve(originTag, clientType));
            long expanded = currentEpoch.resolve(epoch, EpochParameter.MAX_ARTIFACT_EPOCH_OFFSET);
            if (EpochParameter.isLatestExpression(epoch)) {
                if (expanded == 0) {
                    return JsonResponses.notFound();
                }
                expanded -= 1;
            }
            return routes.byBeaconEpoch(expanded, StoredCardanoStakeDistribution::message);
        }
    }
}
