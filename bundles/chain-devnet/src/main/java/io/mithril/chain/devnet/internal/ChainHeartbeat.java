package io.mithril.chain.devnet.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * <code>devnet-chain.seen</code>: when the chain was last observed, so that a chain that pauses while the aggregator
 * is stopped knows how long the pause lasted. Written at most once a second.
 */
final class ChainHeartbeat {
    private static final long PERIOD_MILLIS = 1_000;

    private final Path file;
    private boolean written;
    private long lastWritten;

    ChainHeartbeat(Path chainFile) {
        this.file = chainFile.resolveSibling("devnet-chain.seen");
    }

    Optional<Long> lastSeen() throws IOException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(Files.readString(file).trim()));
        } catch (NumberFormatException e) {
            throw new IOException("invalid devnet heartbeat file " + file, e);
        }
    }

    void beat(long nowMillis) throws IOException {
        if (written && nowMillis - lastWritten < PERIOD_MILLIS) {
            return;
        }
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temporary, Long.toString(nowMillis));
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        lastWritten = nowMillis;
        written = true;
    }
}
