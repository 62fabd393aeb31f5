package io.mithril.era.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.era.EraMarker;
import io.mithril.era.SupportedEra;
import io.mithril.era.adapters.EraMarkersPayload;
import io.mithril.era.adapters.TxDatums;

/** The work behind <code>era list / generate-tx-datum / generate-keypair</code> (the reference's EraTools). */
final class EraTools {
    private EraTools() {
    }

    /** <code>era list</code>: the Rust pretty Debug of the era list, or the serde JSON with <code>--json</code>. */
    static String supportedErasList(boolean json) {
        List<SupportedEra> eras = SupportedEra.eras();
        StringBuilder out = new StringBuilder();
        if (json) {
            out.append('[');
            for (int i = 0; i < eras.size(); i++) {
                out.append(i == 0 ? "" : ",").append('"').append(eras.get(i).id()).append('"');
            }
            return out.append("]\n").toString();
        }
        out.append("Supported Eras:\n[\n");
        for (SupportedEra era : eras) {
            out.append("    ").append(era.debugName()).append(",\n");
        }
        return out.append("]\n").toString();
    }

    /**
     * The signed markers datum: supported eras in order, the first at {@code currentEraEpoch}, the second at
     * {@code nextEraEpoch} (or unscheduled).
     */
    static String generateTxDatum(long currentEraEpoch, OptionalLong nextEraEpoch, Ed25519SigningKey key) {
        if (nextEraEpoch.isPresent() && Long.compareUnsigned(nextEraEpoch.getAsLong(), currentEraEpoch) <= 0) {
            throw new IllegalArgumentException("next era epoch must be strictly greater than the current era epoch");
        }
        List<SupportedEra> eras = SupportedEra.eras();
        if (eras.size() > 2) {
            throw new IllegalArgumentException("too many eras retrieved, can't generate tx datum");
        }
        List<EraMarker> markers = new ArrayList<>();
        markers.add(EraMarker.at(eras.get(0).id(), currentEraEpoch));
        if (eras.size() > 1) {
            markers.add(nextEraEpoch.isPresent() ? EraMarker.at(eras.get(1).id(), nextEraEpoch.getAsLong())
                    : EraMarker.unscheduled(eras.get(1).id()));
        }
        return TxDatums.ofBytes(EraMarkersPayload.sign(markers, key).toJsonHex()).json();
    }

    /** Writes <code>era.sk</code> and <code>era.vk</code> (JSON-hex, no newline) into an existing directory. */
    static void createAndSaveKeypair(Path directory, SecureRandom random) throws IOException {
        if (!Files.isDirectory(directory)) {
            throw new IOException("target path '" + directory + "' is not an existing directory");
        }
        Ed25519SigningKey key = Ed25519SigningKey.generate(random);
        Path secret = directory.resolve("era.sk");
        Files.writeString(secret, key.toJsonHex(), StandardCharsets.UTF_8);
        restrictToOwner(secret);
        Files.writeString(directory.resolve("era.vk"), key.verificationKey().toJsonHex(), StandardCharsets.UTF_8);
    }

    private static void restrictToOwner(Path file) {
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: keep the default permissions (best effort, like the reference's plain write)
        }
    }
}
