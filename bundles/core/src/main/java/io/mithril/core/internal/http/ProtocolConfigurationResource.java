package io.mithril.core.internal.http;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.core.internal.Aggregator;
import io.mithril.spi.signedentity.SignedEntityPlugin;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code GET /aggregator/protocol-configuration/{epoch}} (aggregator.md §1.2): the settings stored for exactly that
 * epoch, 404 with an empty body when there are none. Only a number matches the route (anything else is a 404).
 */
@Component(service = ProtocolConfigurationResource.class, property = "osgi.jakartars.resource=true")
@Path("/protocol-configuration/{epoch: [0-9]+}")
public final class ProtocolConfigurationResource {
    private final Aggregator aggregator;

    @Activate
    public ProtocolConfigurationResource(@Reference Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Response protocolConfiguration(@PathParam("epoch") String epoch) {
        long value;
        try {
            value = Long.parseLong(epoch);
        } catch (NumberFormatException beyondRange) {
            return Response.status(404).build();
        }
        return EpochMessages.protocolConfiguration(value, aggregator.repositories().epochSettings(),
                aggregator.plugins().enabled().stream().map(SignedEntityPlugin::discriminant).toList())
                .map(message -> Response.ok(message, MediaType.APPLICATION_JSON_TYPE).build())
                .orElseGet(() -> Response.status(404).build());
    }
}
