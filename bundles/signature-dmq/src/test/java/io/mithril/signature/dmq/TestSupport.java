package io.mithril.signature.dmq;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/** Vectors, the Mithril test keys of party index 1 (dmq.md §5) and small doubles. */
public final class TestSupport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The derived fully valid message (KES seed 32×0x01, cold key of ChaCha20Rng(32×0x01)). */
    public static final JsonNode DERIVED = vector("dmq/derived_valid_mithril_dmq_message.json");
    /** Its expiresAt; a clock 100 s before it sees the message as fresh. */
    public static final long DERIVED_EXPIRES_AT = DERIVED.at("/payload/expires_at").asLong();

    private TestSupport() {
    }

    public static JsonNode vector(String path) {
        try (InputStream in = TestSupport.class.getResourceAsStream("/vectors/" + path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource vectors/" + path);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex);
    }

    public static byte[] hex(JsonNode node) {
        return hex(node.asText());
    }

    public static String hex(byte[] bytes) {
        return HexFormat.of().formatHex(bytes);
    }

    public static Ed25519SigningKey coldKey() {
        return Ed25519SigningKey.fromSeed(hex(DERIVED.get("cold_secret_key")));
    }

    public static KesSecretKey kesKey() {
        return KesSecretKey.fromSeed(hex(DERIVED.get("kes_seed")));
    }

    /** A builder with the test pool's keys (opcert issue 0, start period 0) and the given clock. */
    public static DmqMessageBuilder builder(Clock clock) {
        KesSecretKey kes = kesKey();
        return new DmqMessageBuilder(kes, OperationalCertificate.issue(kes.verificationKey(), 0, 0, coldKey()),
                clock, DmqMessageBuilder.DEFAULT_TTL);
    }

    public static MutableClock clockAt(long epochSecond) {
        return new MutableClock(Instant.ofEpochSecond(epochSecond));
    }

    /** A clock tests move by hand. */
    public static final class MutableClock extends Clock {
        private volatile Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    /** Records every envelope; optionally fails the first calls. */
    public static final class RecordingSink implements SignatureSink {
        private final List<SingleSignatureEnvelope> received = new ArrayList<>();
        private int failuresLeft;

        public RecordingSink failFirst(int count) {
            failuresLeft = count;
            return this;
        }

        @Override
        public synchronized SignatureOutcome submit(SingleSignatureEnvelope signature) {
            if (failuresLeft > 0) {
                failuresLeft--;
                throw new IllegalStateException("processor unavailable");
            }
            received.add(signature);
            notifyAll();
            return SignatureOutcome.of(SignatureOutcome.Status.BUFFERED);
        }

        public synchronized List<SingleSignatureEnvelope> received() {
            return List.copyOf(received);
        }

        /** Waits until at least {@code count} envelopes arrived (or the timeout passed). */
        public synchronized List<SingleSignatureEnvelope> awaitAtLeast(int count, Duration timeout)
                throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (received.size() < count && System.nanoTime() < deadline) {
                wait(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
            return List.copyOf(received);
        }
    }
}
