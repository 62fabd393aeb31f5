package io.mithril.core.internal.http;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.core.internal.Aggregator;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.message.EpochSettingsMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /aggregator/epoch-settings} (aggregator.md §1.2); 500 until the epoch service knows an epoch. */
@Component(service = EpochSettingsResource.class, property = "osgi.jakartars.resource=true")
@Path("/epoch-settings")
public final class EpochSettingsResource {
    private final Aggregator aggregator;

    @Activate
    public EpochSettingsResource(@Reference Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public EpochSettingsMessage epochSettings() throws Exception {
        boolean transactions = aggregator.plugins()
                .find(SignedEntityTypeDiscriminant.CARDANO_TRANSACTIONS.jsonName()).isPresent();
        return EpochMessages.epochSettings(aggregator.epochs().requireData(), transactions);
    }
}
