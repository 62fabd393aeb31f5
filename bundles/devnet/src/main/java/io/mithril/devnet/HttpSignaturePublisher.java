package io.mithril.devnet;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.devnet.AggregatorClient.AggregatorClientException;
import io.mithril.devnet.AggregatorClient.Response;
import io.mithril.domain.message.RegisterSignatureMessage;
import io.mithril.domain.message.SignedEntityTypeJson;

/**
 * Publishes to the aggregator's <code>POST /register-signatures</code> with the reference signer's body
 * (<code>RegisterSignatureMessageHttp</code>, aggregator.md §1.4): the signature as JSON-hex, its won indexes and the
 * hash of the protocol message it signs.
 */
public final class HttpSignaturePublisher implements SignaturePublisher {
    private final AggregatorClient client;

    public HttpSignaturePublisher(AggregatorClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /** The body sent for a signature. */
    public static RegisterSignatureMessage body(Signature signature) {
        List<Long> indexes = Arrays.stream(signature.signature().indexes()).boxed().toList();
        return new RegisterSignatureMessage(SignedEntityTypeJson.toJson(signature.type()),
                signature.signer().partyId(), StmJsonHex.encode(signature.signature()), indexes,
                signature.message().computeHash());
    }

    @Override
    public Outcome publish(Signature signature) {
        Response response;
        try {
            response = client.registerSignature(body(signature));
        } catch (AggregatorClientException e) {
            return new Outcome(Status.UNDELIVERED, e.getMessage());
        }
        return switch (response.status()) {
            case 201 -> new Outcome(Status.REGISTERED, "201");
            case 202 -> new Outcome(Status.BUFFERED, "202");
            case 410 -> new Outcome(Status.TOO_LATE, "410 " + AggregatorClient.abbreviate(response.body()));
            default -> new Outcome(response.status() >= 500 ? Status.UNDELIVERED : Status.REJECTED,
                    response.status() + " " + AggregatorClient.abbreviate(response.body()));
        };
    }
}
