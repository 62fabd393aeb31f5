package io.mithril.signature.dmq;

import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqNodeClient;
import io.mithril.ouroboros.dmq.SubmitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * Publishes single signatures to a DMQ node the way the Mithril signer does (dmq.md §1.1, §4.4): one connection per
 * message — connect, handshake, LocalMsgSubmission submit, wait for Accept/Reject, Done, close.
 */
public final class DmqSignaturePublisher {
    private final Path socketPath;
    private final long networkMagic;
    private final DmqMessageBuilder builder;
    private final Duration timeout;

    public DmqSignaturePublisher(Path socketPath, long networkMagic, DmqMessageBuilder builder, Duration timeout) {
        this.socketPath = Objects.requireNonNull(socketPath, "socketPath");
        this.networkMagic = networkMagic;
        this.builder = Objects.requireNonNull(builder, "builder");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
    }

    /**
     * Builds and publishes the DMQ message of one single signature.
     *
     * @param singleSignature the STM single signature bytes (the signer's {@code to_bytes()} form)
     * @param kesPeriod the current absolute KES period
     * @return the message as published
     * @throws DmqPublishException if the node rejected it
     */
    public DmqMessage publish(DmqSignedEntityType signedEntityType, byte[] singleSignature, long kesPeriod)
            throws IOException {
        DmqMessage message = builder.build(new MithrilDmqBody(signedEntityType, singleSignature), kesPeriod);
        SubmitResult result = submit(message);
        if (!result.isAccepted()) {
            throw new DmqPublishException(result.rejection().orElseThrow());
        }
        return message;
    }

    /** Submits an already built message on a fresh connection and returns the node's answer. */
    public SubmitResult submit(DmqMessage message) throws IOException {
        try (DmqNodeClient client = DmqNodeClient.connect(socketPath, networkMagic, MuxSettings.defaults(),
                timeout)) {
            SubmitResult result = client.submission().submit(message);
            client.submission().done();
            return result;
        }
    }
}
