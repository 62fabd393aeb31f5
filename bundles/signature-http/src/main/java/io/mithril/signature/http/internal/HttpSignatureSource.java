package io.mithril.signature.http.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.mithril.domain.message.RegisterSignatureMessage;
import io.mithril.spi.http.ApiException;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SignatureSource;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * {@code POST /aggregator/register-signatures} (aggregator.md §1.4): the HTTP signature source. Every body is handed to
 * the aggregator's signature processor with origin {@value #ORIGIN} and the outcome is answered as the reference does:
 * 201 registered, 202 buffered, 400 and 410 with {@code {label, message}}, 500 with {@code {message}}. The signed
 * message is required: it is what the processor authenticates the signature against. The body's {@code indexes} are
 * not forwarded: the processor uses the indexes carried by the signature itself.
 */
@Component(service = { SignatureSource.class, HttpSignatureSource.class }, property = "osgi.jakartars.resource=true")
@Path("/register-signatures")
public final class HttpSignatureSource implements SignatureSource {
    static final String ORIGIN = "HTTP";
    /** The http bundle's label for a body that does not deserialize (warp's rejection text). */
    static final String BODY_DESERIALIZE_ERROR = "Request body deserialize error";

    private final Clock clock;
    private volatile SignatureSink sink;

    public HttpSignatureSource() {
        this(Clock.systemUTC());
    }

    HttpSignatureSource(Clock clock) {
        this.clock = clock;
    }

    @Override
    public String origin() {
        return ORIGIN;
    }

    @Override
    public void open(SignatureSink signatureSink) {
        this.sink = signatureSink;
    }

    @Override
    public void close() {
        this.sink = null;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response register(RegisterSignatureMessage message) {
        requireFields(message);
        SignatureSink current = sink;
        if (current == null) {
            return serverError("the signature processor is not available");
        }
        SignatureOutcome outcome = current.submit(new SingleSignatureEnvelope(message.partyId(),
                message.entityType().toString(), message.signature(), message.signedMessage(), ORIGIN,
                clock.instant()));
        return switch (outcome.status()) {
            case REGISTERED -> Response.status(201).build();
            case BUFFERED -> Response.status(202).build();
            case GONE -> throw new ApiException(410, outcome.label(), outcome.message());
            case REJECTED -> throw new ApiException(400, outcome.label(), outcome.message());
            case UNAVAILABLE -> serverError(outcome.message());
        };
    }

    /** Every field of the body is mandatory, as serde requires them. */
    private static void requireFields(RegisterSignatureMessage message) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("entity_type", message == null ? null : message.entityType());
        fields.put("party_id", message == null ? null : message.partyId());
        fields.put("signature", message == null ? null : message.signature());
        fields.put("indexes", message == null ? null : message.indexes());
        fields.put("signed_message", message == null ? null : message.signedMessage());
        for (Map.Entry<String, Object> field : fields.entrySet()) {
            if (field.getValue() == null) {
                throw ApiException.badRequest(BODY_DESERIALIZE_ERROR, "missing field `" + field.getKey() + "`");
            }
        }
    }

    private static Response serverError(String message) {
        return Response.status(500).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("message", message == null ? "" : message)).build();
    }
}
