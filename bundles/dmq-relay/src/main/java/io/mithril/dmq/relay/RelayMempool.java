package io.mithril.dmq.relay;

import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.NotificationCursor;
import io.mithril.ouroboros.dmq.RejectReason;
import io.mithril.ouroboros.dmq.SubmitResult;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The relay's message pool, like a DMQ node's mempool: messages in arrival order, each until its {@code expiresAt};
 * a second message with the same id is refused ("already received"); bounded (the Mithril consumer server keeps at
 * most 10000). Each notification cursor starts at the beginning of the pool, so a fresh connection is re-served
 * every unexpired message (dmq.md §2.2). Survives server restarts when handed to a new {@link DmqRelay}. Thread-safe.
 */
public final class RelayMempool {
    public static final int DEFAULT_CAPACITY = 10_000;

    private record Entry(long sequence, String id, byte[] encoded, long expiresAt) {
    }

    private final Clock clock;
    private final int capacity;
    private final LinkedList<Entry> entries = new LinkedList<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private long lastSequence;

    public RelayMempool(Clock clock, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.capacity = capacity;
    }

    /** Adds a (validated) message; its exact bytes are what consumers will be served. */
    public synchronized SubmitResult add(DmqMessage message) {
        purgeExpired();
        if (clock.instant().getEpochSecond() > message.payload().expiresAt()) {
            return SubmitResult.rejected(new RejectReason.Expired());
        }
        String id = message.messageIdHex();
        if (byId.containsKey(id)) {
            return SubmitResult.rejected(new RejectReason.AlreadyReceived());
        }
        if (entries.size() >= capacity) {
            return SubmitResult.rejected(new RejectReason.Other("mempool full (" + capacity + " messages)"));
        }
        Entry entry = new Entry(++lastSequence, id, message.encoded(), message.payload().expiresAt());
        entries.add(entry);
        byId.put(id, entry);
        notifyAll();
        return SubmitResult.accepted();
    }

    /** Unexpired messages currently held. */
    public synchronized int size() {
        purgeExpired();
        return entries.size();
    }

    /** A cursor at the beginning of the pool (one per notification connection). */
    public NotificationCursor newCursor() {
        return new Cursor();
    }

    private void purgeExpired() {
        long now = clock.instant().getEpochSecond();
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry entry = it.next();
            if (now > entry.expiresAt()) {
                it.remove();
                byId.remove(entry.id());
            }
        }
    }

    private final class Cursor implements NotificationCursor {
        private long delivered;

        @Override
        public List<byte[]> poll(int max) {
            synchronized (RelayMempool.this) {
                purgeExpired();
                List<byte[]> batch = new ArrayList<>();
                for (Entry entry : entries) {
                    if (batch.size() == max) {
                        break;
                    }
                    if (entry.sequence() > delivered) {
                        batch.add(entry.encoded().clone());
                        delivered = entry.sequence();
                    }
                }
                return batch;
            }
        }

        @Override
        public boolean hasMore() {
            synchronized (RelayMempool.this) {
                return !entries.isEmpty() && entries.getLast().sequence() > delivered;
            }
        }

        @Override
        public List<byte[]> await(int max) throws InterruptedException {
            synchronized (RelayMempool.this) {
                while (true) {
                    List<byte[]> batch = poll(max);
                    if (!batch.isEmpty()) {
                        return batch;
                    }
                    RelayMempool.this.wait();
                }
            }
        }
    }
}
