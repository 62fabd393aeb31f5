package io.mithril.api.internal;

import org.osgi.service.component.annotations.ReferencePolicy;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.api.CertificateRecords;
import io.mithril.api.JsonResponses;
import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.api.ServedDetails;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.store.CertificateRecord;
import io.mithril.store.CertificateRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /certificate/genesis} (the latest genesis) and {@code GET /certificate/{hash}}; an unknown certificate is
 * an empty 404. Both count {@code certificate_detail_total_served_since_startup} (the one metric without the
 * {@code mithril_aggregator_} prefix) under the request's origin, found or not, as the reference counts before
 * looking the certificate up.
 */
@Component(service = CertificateResource.class, property = "osgi.jakartars.resource=true")
@Path("/certificate")
public final class CertificateResource {
    private final CertificateRepository certificates;
    private final PluginTypeLookup pluginTypes = new PluginTypeLookup();
    private final RequestOrigins origins;
    private final ServedDetails served;

    @Activate
    public CertificateResource(@Reference CertificateRepository certificates, @Reference RequestOrigins origins,
            @Reference(cardinality = ReferenceCardinality.OPTIONAL, policyOption = ReferencePolicyOption.GREEDY)
            MetricsService metrics) {
        this.certificates = certificates;
        this.origins = origins;
        this.served = new ServedDetails(metrics, AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindPluginTypes(PluginSignedEntityTypes types) {
        pluginTypes.bind(types);
    }

    void unbindPluginTypes(PluginSignedEntityTypes types) {
        pluginTypes.unbind(types);
    }

    @GET
    @Path("/genesis")
    @Produces(MediaType.APPLICATION_JSON)
    public Response genesis(@HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
            @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
        served.count(origins.resolve(originTag, clientType));
        return detail(certificates.latestGenesis());
    }

    @GET
    @Path("/{hash}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response byHash(@PathParam("hash") String hash,
            @HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
            @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
        served.count(origins.resolve(originTag, clientType));
        return detail(certificates.byHash(hash));
    }

    private Response detail(Optional<CertificateRecord> certificate) {
        return certificate.map(c -> JsonResponses.ok(CertificateRecords.toMessage(c, pluginTypes.get())))
                .orElseGet(JsonResponses::notFound);
    }
}
