package io.mithril.tools.verify;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.api.testing.DevnetFixture;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/** A copy of the devnet data directory in a test's temporary folder, with helpers to tamper with it. */
final class DevnetDirectory {
    static final String GENESIS = "57c16dc2c25471a1c55d66d944eaa334a32e05f8e267860b43f4ed8d5c3a65ea";
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    final Path path;

    private DevnetDirectory(Path path) {
        this.path = path;
    }

    static DevnetDirectory copyTo(Path directory) throws IOException {
        return new DevnetDirectory(DevnetFixture.copyFilesTo(directory.resolve("devnet-chain")));
    }

    ObjectNode read(String file) throws IOException {
        return (ObjectNode) JSON.readTree(path.resolve(file).toFile());
    }

    void write(String file, JsonNode content) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(path.resolve(file).toFile(), content);
    }

    /** A standard certificate no other certificate names as its parent. */
    String leafCertificate() throws IOException {
        ObjectNode certificates = read("certificates.json");
        for (Iterator<String> it = certificates.fieldNames(); it.hasNext();) {
            String hash = it.next();
            boolean parent = false;
            for (JsonNode other : certificates) {
                parent |= other.get("previous_hash").asText().equals(hash);
            }
            if (!parent && !hash.equals(GENESIS)) {
                return hash;
            }
        }
        throw new IllegalStateException("no leaf certificate");
    }

    /**
     * Changes a certificate in certificates.json; when {@code reseal}, its hash is recomputed from the new content and
     * it is filed under the new hash (what a forger would do to pass the hash check).
     *
     * @return the certificate's hash after the change
     */
    String alterCertificate(String hash, Consumer<ObjectNode> change, boolean reseal) throws IOException {
        ObjectNode certificates = read("certificates.json");
        ObjectNode certificate = (ObjectNode) certificates.get(hash);
        change.accept(certificate);
        String newHash = hash;
        if (reseal) {
            newHash = JSON.convertValue(certificate, CertificateMessage.class).toDomain().reseal().hash();
            certificate.put("hash", newHash);
        }
        Map<String, JsonNode> rekeyed = new LinkedHashMap<>();
        certificates.fields().forEachRemaining(e -> rekeyed.put(e.getKey(), e.getValue()));
        rekeyed.remove(hash);
        rekeyed.put(newHash, certificate);
        ObjectNode out = JSON.createObjectNode();
        rekeyed.forEach(out::set);
        write("certificates.json", out);
        return newHash;
    }
}
