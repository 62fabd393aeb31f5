package io.mithril.dmq.relay;

import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.NotificationCursor;
import io.mithril.ouroboros.dmq.RejectReason;
import io.mithril.ouroboros.dmq.SubmitResult;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's message pool, like a DMQ node's mempool: messages in arrival order, each until its {@code expiresAt};
 * a second message with the same id is refused ("already received"); bounded (the Mithril consumer server keeps at
 * most 10000). Each notification cursor starts at the beginning of the pool, so a fresh connection is re-served
 * every unexpired message (dmq.md §2.2). Survives server restarts when handed to a new {@link DmqRelay}, and
 * process restarts when {@linkplain #persistent persisted} to a file. Thread-safe.
 */
public final class RelayMempool {
    public static final int DEFAULT_CAPACITY = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(RelayMempool.class);

    private record Entry(long sequence, String id, byte[] encoded, long expiresAt) {
    }

    private final Clock clock;
    private final int capacity;
    private final LinkedList<Entry> entries = new LinkedList<>();
    private final Map<String, Entry> byId = new HashMap<>();
    private final MempoolFile file;
    private long lastSequence;

    /** An in-memory mempool: lost when the process ends. */
    public RelayMempool(Clock clock, int capacity) {
        this(clock, capacity, null);
    }

    private RelayMempool(Clock clock, int capacity, MempoolFile file) {
        if (capacity < 1) {
            throw new IllegalArgumentException("capacity " + capacity);
        }
        this.clock = Objects.requireNonNull(clock, "clock");
        this.capacity = capacity;
        this.file = file;
    }

    /**
     * A mempool kept in {@code file}: reloads its unexpired messages (in their arrival order; expired ones are dropped
     * and the file compacted), then records every accepted message there before accepting it.
     *
     * @throws MempoolFileException when the file exists but is not a readable mempool file (it is left untouched)
     */
    public static RelayMempool persistent(Path file, Clock clock, int capacity) throws IOException {
        MempoolFile store = new MempoolFile(file);
        MempoolFile.Contents contents = store.load();
        RelayMempool mempool = new RelayMempool(clock, capacity, store);
        long now = clock.instant().getEpochSecond();
        int dropped = 0;
        synchronized (mempool) {
            for (MempoolFile.Record record : contents.records()) {
                if (now > record.expiresAt() || mempool.entries.size() >= capacity
                        || !mempool.keep(DmqMessage.decode(record.encoded()))) {
                    dropped++;
                }
            }
            if (dropped > 0 || contents.needsRewrite()) {
                store.rewrite(mempool.records());
            }
        }
        LOG.info("DMQ relay mempool {}: {} unexpired messages reloaded, {} dropped", store.path(),
                mempool.entries.size(), dropped);
        return mempool;
    }

    /** The file this mempool is kept in, if any. */
    public Optional<Path> file() {
        return Optional.ofNullable(file).map(MempoolFile::path);
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
        if (file != null) {
            try {
                file.append(new MempoolFile.Record(message.encoded(), message.payload().expiresAt()));
            } catch (IOException e) {
                // refused rather than accepted and lost at the next restart: the publisher knows to retry
                LOG.error("DMQ relay mempool file {}: cannot record message {}: {}", file.path(), id, e.toString());
                return SubmitResult.rejected(new RejectReason.Other("mempool file not writable"));
            }
        }
        keep(message);
        notifyAll();
        return SubmitResult.accepted();
    }

    /** Holds the message in memory; false when its id is already held. */
    private boolean keep(DmqMessage message) {
        String id = message.messageIdHex();
        if (byId.containsKey(id)) {
            return false;
        }
        Entry entry = new Entry(++lastSequence, id, message.encoded(), message.payload().expiresAt());
        entries.add(entry);
        byId.put(id, entry);
        return true;
    }

    private List<MempoolFile.Record> records() {
        List<MempoolFile.Record> records = new ArrayList<>(entries.size());
        for (Entry entry : entries) {
            records.add(new MempoolFile.Record(entry.encoded(), entry.expiresAt()));
        }
        return records;
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
        boolean removed = false;
        for (Iterator<Entry> it = entries.iterator(); it.hasNext();) {
            Entry entry = it.next();
            if (now > entry.expiresAt()) {
                it.remove();
                byId.remove(entry.id());
                removed = true;
            }
        }
        if (removed && file != null) {
            compact();
        }
    }

    /** Drops the expired messages from the file too; if that fails they stay there until the next reload drops them. */
    private void compact() {
        try {
            file.rewrite(records());
        } catch (IOException e) {
            LOG.warn("DMQ relay mempool file {}: compaction failed: {}", file.path(), e.toString());
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
