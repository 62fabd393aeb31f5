package io.mithril.dmq.relay;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.dmq.DmqMessage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The relay's mempool on disk, so that a restarted relay serves again every unexpired message: a header
 * ({@code "MDMQPOOL"}, u16be version 1), then one record per accepted message, in arrival order:
 * {@code u64be expiresAt ‖ u32be length ‖ the DmqMsg bytes exactly as received}. Appended on each accepted
 * submission, rewritten (temporary file + atomic move) when expired messages are dropped. Written through the OS
 * (no fsync): it survives a process restart, not a power loss. Not thread-safe: {@link RelayMempool} serialises use.
 */
final class MempoolFile {
    private static final Logger LOG = LoggerFactory.getLogger(MempoolFile.class);
    private static final byte[] MAGIC = {'M', 'D', 'M', 'Q', 'P', 'O', 'O', 'L'};
    private static final int VERSION = 1;
    private static final int HEADER_SIZE = MAGIC.length + 2;
    private static final int RECORD_HEADER_SIZE = 12;
    /** Far above any DmqMsg (CIP-0137 budget 2800 B, one mux message ≤ 64 KiB): a larger length is corruption. */
    static final int MAX_MESSAGE_SIZE = 1 << 20;

    /** One stored message: its bytes as received and its expiry (Unix seconds, as in its payload). */
    record Record(byte[] encoded, long expiresAt) {
    }

    /** What {@link #load} found: the records, and whether the file must be rewritten (torn tail, absent file). */
    record Contents(List<Record> records, boolean needsRewrite) {
    }

    private final Path path;

    MempoolFile(Path path) {
        this.path = path.toAbsolutePath();
    }

    Path path() {
        return path;
    }

    /**
     * Reads every record. A last record cut short (the relay stopped in the middle of an append) is dropped with a
     * warning; anything else that does not parse — foreign header, impossible length, bytes that are not a DmqMsg,
     * an expiry that disagrees with the message's — is a {@link MempoolFileException}.
     */
    Contents load() throws MempoolFileException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (NoSuchFileException e) {
            return new Contents(List.of(), true);
        } catch (IOException e) {
            throw new MempoolFileException(path, "cannot be read: " + e, e);
        }
        ByteBuffer in = ByteBuffer.wrap(bytes);
        if (bytes.length < HEADER_SIZE || !Arrays.equals(Arrays.copyOf(bytes, MAGIC.length), MAGIC)) {
            throw new MempoolFileException(path, "not a mempool file (no MDMQPOOL header)", null);
        }
        in.position(MAGIC.length);
        int version = Short.toUnsignedInt(in.getShort());
        if (version != VERSION) {
            throw new MempoolFileException(path, "unsupported version " + version, null);
        }
        List<Record> records = new ArrayList<>();
        while (in.hasRemaining()) {
            int offset = in.position();
            if (in.remaining() < RECORD_HEADER_SIZE) {
                return tornTail(records, offset);
            }
            long expiresAt = in.getLong();
            long length = Integer.toUnsignedLong(in.getInt());
            if (length == 0 || length > MAX_MESSAGE_SIZE) {
                throw new MempoolFileException(path, "corrupt record at byte " + offset + ": length " + length, null);
            }
            if (in.remaining() < length) {
                return tornTail(records, offset);
            }
            byte[] encoded = new byte[(int) length];
            in.get(encoded);
            checkMessage(encoded, expiresAt, offset);
            records.add(new Record(encoded, expiresAt));
        }
        return new Contents(records, false);
    }

    private Contents tornTail(List<Record> records, int offset) {
        LOG.warn("DMQ relay mempool file {}: last record (byte {}) cut short, dropped", path, offset);
        return new Contents(records, true);
    }

    private void checkMessage(byte[] encoded, long expiresAt, int offset) throws MempoolFileException {
        DmqMessage message;
        try {
            message = DmqMessage.decode(encoded);
        } catch (CborException | IllegalArgumentException e) {
            throw new MempoolFileException(path, "corrupt record at byte " + offset + ": not a DmqMsg (" + e
                    .getMessage() + ")", e);
        }
        if (message.payload().expiresAt() != expiresAt) {
            throw new MempoolFileException(path, "corrupt record at byte " + offset + ": expiry " + expiresAt
                    + " but the message says " + message.payload().expiresAt(), null);
        }
    }

    /** Appends one accepted message (creates the file with its header if needed). */
    void append(Record record) throws IOException {
        if (!Files.exists(path)) {
            rewrite(List.of());
        }
        Files.write(path, encode(record), StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    }

    /** Replaces the whole file by these records (compaction): a crash leaves the old or the new file, never half. */
    void rewrite(List<Record> records) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(MAGIC);
        out.write(VERSION >>> 8);
        out.write(VERSION);
        for (Record record : records) {
            out.write(encode(record));
        }
        Path parent = path.getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Path temporary = path.resolveSibling(path.getFileName() + ".tmp");
        Files.write(temporary, out.toByteArray());
        try {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temporary, path, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static byte[] encode(Record record) {
        return ByteBuffer.allocate(RECORD_HEADER_SIZE + record.encoded().length).putLong(record.expiresAt())
                .putInt(record.encoded().length).put(record.encoded()).array();
    }
}
