package io.mithril.tools.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A directory laid out like testdata/devnet-chain: {@code certificates.json} (a map hash → certificate detail, every
 * one of which is a starting point) and, when present, the artifact detail files of {@link ArtifactKind} (maps hash
 * → detail).
 */
public final class DirectoryChainSource implements ChainSource {
    static final String CERTIFICATES_FILE = "certificates.json";
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    private final Path directory;
    private final Map<String, JsonNode> certificates;

    /** @throws IOException when {@code certificates.json} is missing or is not a JSON object */
    public DirectoryChainSource(Path directory) throws IOException {
        this.directory = directory;
        JsonNode all = JSON.readTree(directory.resolve(CERTIFICATES_FILE).toFile());
        if (!all.isObject()) {
            throw new IOException(directory.resolve(CERTIFICATES_FILE) + " is not a JSON object of certificates");
        }
        certificates = new LinkedHashMap<>();
        all.fields().forEachRemaining(e -> certificates.put(e.getKey(), e.getValue()));
    }

    @Override
    public List<String> startingCertificates() {
        return List.copyOf(certificates.keySet());
    }

    /** A certificate is looked up by its key in the file, as an aggregator serves it by the hash in its path. */
    @Override
    public Optional<CertificateMessage> certificate(String hash) throws IOException {
        JsonNode node = certificates.get(hash);
        if (node == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.convertValue(node, CertificateMessage.class));
        } catch (IllegalArgumentException e) {
            throw new IOException("certificate " + hash + " cannot be decoded: " + e.getMessage(), e);
        }
    }

    @Override
    public List<ServedArtifact> artifacts() throws IOException {
        List<ServedArtifact> artifacts = new ArrayList<>();
        for (ArtifactKind kind : ArtifactKind.values()) {
            Path file = directory.resolve(kind.detailFile());
            if (!Files.isRegularFile(file)) {
                continue;
            }
            JsonNode details = JSON.readTree(file.toFile());
            for (Iterator<Map.Entry<String, JsonNode>> it = details.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> detail = it.next();
                artifacts.add(new ServedArtifact(kind, detail.getKey(), detail.getValue()));
            }
        }
        return artifacts;
    }

    @Override
    public String describe() {
        return directory.toString();
    }
}
