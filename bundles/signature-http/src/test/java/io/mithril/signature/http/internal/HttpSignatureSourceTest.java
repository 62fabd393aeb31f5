package io.mithril.signature.http.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.http.testing.RestHarness;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureOutcome.Status;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SingleSignatureEnvelope;

/**
 * {@code POST /aggregator/register-signatures} through the real HTTP stack: the body reaches the signature processor
 * as the reference's message carries it, and each outcome gets the reference's status and body (aggregator.md §1.4).
 * The processor itself is tested in the core bundle; here it is a recording sink answering a scripted outcome.
 */
class HttpSignatureSourceTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The example of the reference's OpenAPI document (RegisterSingleSignatureMessage). */
    private static final String BODY = "{\"entity_type\":{\"MithrilStakeDistribution\":246},\"party_id\":\"1234567890\","
            + "\"signature\":\"7b2c36322c3130352c3232322c31302c3131302c33312c37312c39372c22766b223a5b3136342c2c3139"
            + "3137352c313834\",\"indexes\":[25,35],\"signed_message\":\"07ed7c9e128744c1a4797b7eb34c54823cc7a21fc9"
            + "5c19876122ab4bb0fe796d6bba2bc\"}";
    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private final List<SingleSignatureEnvelope> received = new ArrayList<>();
    private volatile SignatureOutcome answer = SignatureOutcome.of(Status.REGISTERED);
    private final SignatureSink sink = envelope -> {
        received.add(envelope);
        return answer;
    };
    private HttpSignatureSource source;
    private RestHarness server;

    @BeforeEach
    void start() throws Exception {
        source = new HttpSignatureSource(Clock.fixed(NOW, ZoneOffset.UTC));
        source.open(sink);
        server = RestHarness.serving(source);
    }

    @AfterEach
    void stop() throws Exception {
        server.close();
    }

    private HttpResponse<String> post(String body) throws Exception {
        return server.postJson("/aggregator/register-signatures", body);
    }

    @Test
    void handsTheSignatureToTheProcessorWithTheHttpOrigin() throws Exception {
        HttpResponse<String> response = post(BODY);
        assertEquals(201, response.statusCode());
        assertEquals("", response.body());
        assertEquals(1, received.size());
        SingleSignatureEnvelope envelope = received.get(0);
        assertEquals("1234567890", envelope.partyId());
        assertEquals("{\"MithrilStakeDistribution\":246}", envelope.signedEntityTypeJson());
        assertTrue(envelope.signature().startsWith("7b2c3632"));
        assertEquals("07ed7c9e128744c1a4797b7eb34c54823cc7a21fc95c19876122ab4bb0fe796d6bba2bc",
                envelope.signedMessage());
        assertEquals("HTTP", envelope.origin());
        assertEquals(NOW, envelope.receivedAt());
        assertEquals("HTTP", source.origin());
    }

    @Test
    void answersEachOutcomeAsTheReference() throws Exception {
        answer = SignatureOutcome.of(Status.BUFFERED);
        assertEquals(202, post(BODY).statusCode());

        answer = new SignatureOutcome(Status.GONE, "already_certified", "the open message is already certified");
        HttpResponse<String> gone = post(BODY);
        assertEquals(410, gone.statusCode());
        JsonNode goneBody = JSON.readTree(gone.body());
        assertEquals("already_certified", goneBody.get("label").asText());
        assertEquals("the open message is already certified", goneBody.get("message").asText());

        answer = SignatureOutcome.rejected("Could not authenticate signature", "nope");
        HttpResponse<String> rejected = post(BODY);
        assertEquals(400, rejected.statusCode());
        assertEquals("Could not authenticate signature", JSON.readTree(rejected.body()).get("label").asText());

        answer = new SignatureOutcome(Status.UNAVAILABLE, null, "InvalidSingleSignature: does not verify");
        HttpResponse<String> failed = post(BODY);
        assertEquals(500, failed.statusCode());
        JsonNode failedBody = JSON.readTree(failed.body());
        assertEquals("InvalidSingleSignature: does not verify", failedBody.get("message").asText());
        assertNull(failedBody.get("label"), "server errors carry no label");
    }

    @Test
    void everyFieldIsRequired() throws Exception {
        HttpResponse<String> missing = post(BODY.replace(",\"signed_message\":\"07ed7c9e128744c1a4797b7eb34c54823cc7a21"
                + "fc95c19876122ab4bb0fe796d6bba2bc\"", ""));
        assertEquals(400, missing.statusCode());
        assertTrue(JSON.readTree(missing.body()).get("message").asText().contains("signed_message"));
        assertEquals(400, post(BODY.replace("\"indexes\":[25,35],", "")).statusCode());
        assertEquals(400, post("{\"entity_type\":").statusCode(), "malformed JSON");
        assertEquals(400, post("").statusCode(), "empty body");
        assertTrue(received.isEmpty(), "nothing reaches the processor");
    }

    @Test
    void refusesAnOversizedBody() throws Exception {
        assertEquals(413, server.statusForDeclaredLength("/aggregator/register-signatures",
                io.mithril.http.AggregatorHttp.MAX_BODY_BYTES + 1));
        assertTrue(received.isEmpty());
    }

    @Test
    void isUnavailableWhileNoProcessorIsOpen() throws Exception {
        source.close();
        HttpResponse<String> response = post(BODY);
        assertEquals(500, response.statusCode());
        assertTrue(received.isEmpty());
        source.open(sink);
        assertEquals(201, post(BODY).statusCode());
    }
}
