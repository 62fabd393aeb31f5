package io.mithril.devnet.e2e;

import java.time.Instant;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.core.internal.Aggregator;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SingleSignatureEnvelope;

/**
 * INTERIM, until bundles/signature-http lands: <code>POST /register-signatures</code> handing the body to the
 * runtime's signature processor (the same {@code SignatureSink} the HTTP bundle will use) and answering with the
 * reference's status codes. It does not classify entity types nor decode bodies as strictly as the real route.
 */
@Path("/register-signatures")
public final class SignatureRoute {
    private final Aggregator aggregator;

    private SignatureRoute(Aggregator aggregator) {
        this.aggregator = aggregator;
    }

    static Object create(Aggregator aggregator) {
        return new SignatureRoute(aggregator);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(JsonNode body) {
        SignatureOutcome outcome = aggregator.signatureProcessor().submit(new SingleSignatureEnvelope(
                body.path("party_id").asText(), body.path("entity_type").toString(),
                body.path("signature").asText(), body.path("signed_message").asText(), "HTTP", Instant.now()));
        return switch (outcome.status()) {
            case REGISTERED -> Response.status(201).build();
            case BUFFERED -> Response.status(202).build();
            case GONE -> Response.status(410).entity("{\"label\":\"" + outcome.label() + "\"}").build();
            case REJECTED -> Response.status(400).entity("{\"label\":\"" + outcome.label() + "\",\"message\":\""
                    + outcome.message() + "\"}").build();
            case UNAVAILABLE -> Response.status(500).entity("{\"message\":\"" + outcome.message() + "\"}").build();
        };
    }
}
