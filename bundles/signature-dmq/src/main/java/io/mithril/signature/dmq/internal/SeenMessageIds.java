package io.mithril.signature.dmq.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * The message ids already handed to the signature processor, each remembered for at least the TTL (the reference
 * de-duplicator keeps 1800 s) and until the message itself expires — after that a replay is rejected as expired
 * anyway. Expired entries are purged lazily on each call. Not thread-safe (the consumer is single-threaded).
 */
public final class SeenMessageIds {
    private record Expiry(long atEpochSecond, String id) {
    }

    private final Clock clock;
    private final long ttlSeconds;
    private final Map<String, Long> forgetAt = new HashMap<>();
    private final PriorityQueue<Expiry> queue = new PriorityQueue<>(
            (a, b) -> Long.compare(a.atEpochSecond(), b.atEpochSecond()));

    public SeenMessageIds(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttlSeconds = ttl.getSeconds();
    }

    public boolean contains(byte[] messageId) {
        purge();
        return forgetAt.containsKey(key(messageId));
    }

    public void remember(byte[] messageId, long expiresAtEpochSecond) {
        purge();
        long at = Math.max(clock.instant().getEpochSecond() + ttlSeconds, expiresAtEpochSecond);
        String key = key(messageId);
        forgetAt.put(key, at);
        queue.add(new Expiry(at, key));
    }

    public int size() {
        purge();
        return forgetAt.size();
    }

    private void purge() {
        long now = clock.instant().getEpochSecond();
        while (!queue.isEmpty() && queue.peek().atEpochSecond() < now) {
            Expiry expiry = queue.poll();
            forgetAt.remove(expiry.id(), expiry.atEpochSecond());
        }
    }

    private static String key(byte[] messageId) {
        return HexFormat.of().formatHex(messageId);
    }
}
