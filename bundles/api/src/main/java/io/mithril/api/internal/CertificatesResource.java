package io.mithril.api.internal;

import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferenceCardinality;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.api.CertificateRecords;
import io.mithril.api.JsonResponses;
import io.mithril.store.CertificateRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/** {@code GET /certificates}: the 20 most recently inserted certificates, newest first, as list items. */
@Component(service = CertificatesResource.class, property = "osgi.jakartars.resource=true")
@Path("/certificates")
public final class CertificatesResource {
    /** The reference's {@code LIST_MAX_ITEMS}. */
    public static final int LIST_MAX_ITEMS = 20;

    private final CertificateRepository certificates;
    private final PluginTypeLookup pluginTypes = new PluginTypeLookup();

    @Activate
    public CertificatesResource(@Reference CertificateRepository certificates) {
        this.certificates = certificates;
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
    @Produces(MediaType.APPLICATION_JSON)
    public Response latest() {
        return JsonResponses.ok(certificates.latest(LIST_MAX_ITEMS).stream()
                .map(c -> CertificateRecords.toListItem(c, pluginTypes.get()))
                .toList());
    }
}
