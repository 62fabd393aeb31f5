package io.mithril.api.internal;

import io.mithril.api.CurrentEpoch;
import io.mithril.api.JsonResponses;
import io.mithril.domain.message.SignerRegistrationsMessage;
import io.mithril.domain.message.SignersTickersMessage;
import io.mithril.domain.message.StakeDistributionPartyMessage;
import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.spi.signedentity.EpochContextProvider;
import io.mithril.store.SignerRecord;
import io.mithril.store.SignerRegistrationRecord;
import io.mithril.store.SignerRegistrationRepository;
import io.mithril.store.SignerRepository;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

/**
 * {@code GET /signers/registered/{epoch}} and {@code GET /signers/tickers}.
 *
 * <p>Registrations received during epoch E are stored under E+1 (the epoch they are for), so the signers
 * "registered at E" are the rows of E+1, and they sign at E+2 (aggregator.md §2.2, §13.1). Unlike the artifact
 * routes, {@code latest-K} has no offset limit here.
 */
@Component(service = SignersResource.class, property = "osgi.jakartars.resource=true",
        configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL)
@Path("/signers")
public final class SignersResource {
    static final String NETWORK_KEY = "network";

    private final SignerRegistrationRepository registrations;
    private final SignerRepository signers;
    private final String network;
    private final CurrentEpoch currentEpoch;

    @Activate
    public SignersResource(@Reference SignerRegistrationRepository registrations, @Reference SignerRepository signers,
            Map<String, Object> configuration) {
        this(registrations, signers, networkOf(configuration), new CurrentEpoch());
    }

    public SignersResource(SignerRegistrationRepository registrations, SignerRepository signers, String network,
            CurrentEpoch currentEpoch) {
        this.registrations = registrations;
        this.signers = signers;
        this.network = network;
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
    @Path("/registered/{epoch}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response registeredAt(@PathParam("epoch") String epoch) {
        long registeredAt = currentEpoch.resolve(epoch, -1);
        List<SignerRegistrationRecord> rows = registrations.byEpoch(registeredAt + 1);
        if (rows.isEmpty()) {
            return JsonResponses.notFound();
        }
        List<StakeDistributionPartyMessage> parties = rows.stream()
                .map(r -> new StakeDistributionPartyMessage(r.signerId(), r.stake() == null ? 0 : r.stake()))
                .toList();
        return JsonResponses.ok(new SignerRegistrationsMessage(registeredAt, registeredAt + 2, parties));
    }

    @GET
    @Path("/tickers")
    @Produces(MediaType.APPLICATION_JSON)
    public Response tickers() {
        if (network == null) {
            throw new IllegalStateException("configuration key '" + NETWORK_KEY + "' is not set");
        }
        List<SignersTickersMessage.Ticker> tickers = signers.all().stream()
                .map(SignersResource::ticker).toList();
        return JsonResponses.ok(new SignersTickersMessage(network, tickers));
    }

    private static SignersTickersMessage.Ticker ticker(SignerRecord signer) {
        return new SignersTickersMessage.Ticker(signer.signerId(), signer.poolTicker(), signer.hasRegistered());
    }

    private static String networkOf(Map<String, Object> configuration) {
        Object network = configuration.get(NETWORK_KEY);
        return network == null || network.toString().isBlank() ? null : network.toString();
    }
}
