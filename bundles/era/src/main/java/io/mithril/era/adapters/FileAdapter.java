package io.mithril.era.adapters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import io.mithril.era.EraMarker;
import io.mithril.era.EraReaderAdapter;

/** Reads a JSON array of markers from a file at each read, so tests can simulate era transitions (<code>file</code>). */
public final class FileAdapter implements EraReaderAdapter {
    private final Path markersFile;

    public FileAdapter(Path markersFile) {
        this.markersFile = Objects.requireNonNull(markersFile, "markersFile");
    }

    @Override
    public List<EraMarker> read() throws IOException {
        String json = Files.readString(markersFile);
        try {
            return EraMarkersJson.parse(json);
        } catch (IllegalArgumentException e) {
            throw new IOException("invalid era markers file " + markersFile + ": " + e.getMessage(), e);
        }
    }
}
