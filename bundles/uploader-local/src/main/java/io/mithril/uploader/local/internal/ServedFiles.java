package io.mithril.uploader.local.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the file a client asks for, never outside the served directory. */
final class ServedFiles {
    private ServedFiles() {
    }

    /**
     * The regular file at {@code requestPath} (already URL-decoded) under {@code root}, or empty when the path is
     * not a safe relative name, names no regular file, or leads outside {@code root} through a symbolic link.
     */
    static Optional<Path> find(Path root, String requestPath) throws IOException {
        Optional<RelativeName> name = RelativeName.parse(requestPath);
        if (name.isEmpty() || !Files.isDirectory(root)) {
            return Optional.empty();
        }
        Path candidate = name.get().resolveUnder(root);
        if (!Files.isRegularFile(candidate)) {
            return Optional.empty();
        }
        if (!candidate.toRealPath().startsWith(root.toRealPath())) {
            return Optional.empty();
        }
        return Optional.of(candidate);
    }
}
