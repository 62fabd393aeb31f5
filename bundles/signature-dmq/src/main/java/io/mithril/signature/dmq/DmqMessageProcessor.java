package io.mithril.signature.dmq;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.signature.dmq.internal.SeenMessageIds;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the messages of one notification reply into single-signature envelopes for the signature processor, one
 * message at a time: a bad message is dropped and counted, never fails the batch (the Rust consumer drops the whole
 * batch and the connection, dmq.md §4.2). Order: decode → already-seen id (duplicate) → validation → Mithril body →
 * submit. Only messages handed over successfully are remembered, so the seen-set holds valid ids only and a forged
 * message cannot shadow a genuine one that has not arrived yet. Single-threaded.
 */
public final class DmqMessageProcessor {
    /** The origin tag of signatures received through DMQ (metrics label, aggregator.md §9). */
    public static final String ORIGIN = "DMQ";
    /** The reference de-duplicator's memory (aggregator.md §5). */
    public static final Duration DEFAULT_DEDUPLICATION_TTL = Duration.ofSeconds(1800);

    private static final Logger LOG = LoggerFactory.getLogger(DmqMessageProcessor.class);

    private final DmqMessageValidator validator;
    private final DmqConsumerCounters counters;
    private final SignatureSink sink;
    private final Clock clock;
    private final SeenMessageIds seen;

    public DmqMessageProcessor(DmqMessageValidator validator, DmqConsumerCounters counters, SignatureSink sink,
            Clock clock, Duration deduplicationTtl) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.counters = Objects.requireNonNull(counters, "counters");
        this.sink = Objects.requireNonNull(sink, "sink");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.seen = new SeenMessageIds(clock, deduplicationTtl);
    }

    /** Processes every message of a reply (each is the raw CBOR of one DmqMsg). */
    public void process(List<byte[]> encodedMessages) {
        encodedMessages.forEach(this::process);
    }

    /** Processes one message; its fate is reflected in the counters. */
    public void process(byte[] encodedMessage) {
        counters.countReceived();
        DmqMessage message;
        try {
            message = DmqMessage.decode(encodedMessage);
        } catch (CborException e) {
            drop(DropReason.MALFORMED, "undecodable DMQ message " + preview(encodedMessage) + ": " + e.getMessage());
            return;
        }
        if (seen.contains(message.messageId())) {
            counters.countDuplicate();
            LOG.trace("DMQ message {} already processed", message.messageIdHex());
            return;
        }
        try {
            ValidatedDmqMessage valid = validator.validate(message);
            MithrilDmqBody body = MithrilDmqBody.decode(message.payload().body());
            submit(valid, body);
        } catch (DmqValidationException e) {
            drop(e.reason(), "DMQ message " + message.messageIdHex() + " dropped: " + e.getMessage());
        }
    }

    private void submit(ValidatedDmqMessage valid, MithrilDmqBody body) {
        SingleSignatureEnvelope envelope = new SingleSignatureEnvelope(valid.partyId(),
                body.signedEntityType().toJson(), body.singleSignatureHex(), null, ORIGIN, clock.instant());
        SignatureOutcome outcome;
        try {
            outcome = sink.submit(envelope);
        } catch (RuntimeException e) {
            counters.countInvalid(DropReason.SINK_FAILED);
            LOG.warn("the signature processor failed on the DMQ signature of {} for {}", valid.partyId(),
                    body.signedEntityType(), e);
            return;
        }
        seen.remember(valid.message().messageId(), valid.message().payload().expiresAt());
        counters.countValid();
        LOG.debug("DMQ signature of {} for {}: {}", valid.partyId(), body.signedEntityType(), outcome);
    }

    private void drop(DropReason reason, String detail) {
        counters.countInvalid(reason);
        LOG.info("{} ({})", detail, reason);
    }

    private static String preview(byte[] bytes) {
        String hex = HexFormat.of().formatHex(bytes, 0, Math.min(bytes.length, 16));
        return hex + (bytes.length > 16 ? "…" : "");
    }
}
