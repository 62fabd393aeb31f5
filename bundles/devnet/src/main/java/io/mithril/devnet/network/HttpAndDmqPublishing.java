package io.mithril.devnet.network;

import java.util.Objects;

import io.mithril.devnet.SignaturePublisher;

/**
 * Publishes each signature through DMQ, then always over HTTP to the leader, like the Mithril signer's
 * {@code SignaturePublisherDelayer} (dmq.md §4.4) without its delay: the followers take signatures from DMQ, the
 * leader from either. The outcome is the HTTP one (the leader certifies the chain the followers verify against); the
 * DMQ outcome is kept in its detail. A DMQ failure alone is not retried, as the signer's DMQ retry policy is "never".
 */
public final class HttpAndDmqPublishing implements SignaturePublisher {
    private final SignaturePublisher dmq;
    private final SignaturePublisher http;

    public HttpAndDmqPublishing(SignaturePublisher dmq, SignaturePublisher http) {
        this.dmq = Objects.requireNonNull(dmq, "dmq");
        this.http = Objects.requireNonNull(http, "http");
    }

    @Override
    public Outcome publish(Signature signature) {
        Outcome viaDmq = dmq.publish(signature);
        Outcome viaHttp = http.publish(signature);
        return new Outcome(viaHttp.status(), viaHttp.detail() + "; " + viaDmq.status() + " " + viaDmq.detail());
    }
}
