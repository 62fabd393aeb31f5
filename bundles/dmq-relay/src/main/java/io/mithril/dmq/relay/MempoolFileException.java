package io.mithril.dmq.relay;

import java.io.IOException;
import java.nio.file.Path;

/** The relay's mempool file cannot be used: unreadable, not ours, or corrupt (the message says where and why). */
public final class MempoolFileException extends IOException {
    private static final long serialVersionUID = 1L;

    private final Path file;

    public MempoolFileException(Path file, String detail, Throwable cause) {
        super("DMQ relay mempool file " + file + ": " + detail
                + " (move it aside to start with an empty mempool)", cause);
        this.file = file;
    }

    public Path file() {
        return file;
    }
}
