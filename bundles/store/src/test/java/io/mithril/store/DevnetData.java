package io.mithril.store;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The devnet chain produced by the Rust reference (copied from shared/testdata/devnet-chain), turned into rows the
 * way the reference stores them (aggregator.md §10.1).
 */
public final class DevnetData {
    private static final ObjectMapper JSON = new ObjectMapper();

    private DevnetData() {
    }

    public static JsonNode load(String name) {
        try (InputStream in = DevnetData.class.getResourceAsStream("/devnet/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /devnet/" + name);
            }
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every certificate of the chain, in creation order (sealed_at). */
    public static List<CertificateRecord> certificatesInCreationOrder() {
        List<CertificateRecord> certificates = new ArrayList<>();
        load("certificates.json").forEach(node -> certificates.add(certificate(node)));
        certificates.sort(Comparator.comparing(CertificateRecord::sealedAt));
        return certificates;
    }

    /** The hashes of certificates-list.json (the reference's GET /certificates: latest 20, newest first). */
    public static List<String> hashes(String listFile) {
        List<String> hashes = new ArrayList<>();
        load(listFile).forEach(node -> hashes.add(node.get("hash").asText()));
        return hashes;
    }

    public static CertificateRecord certificate(JsonNode c) {
        boolean genesis = !c.path("genesis_signature").asText().isEmpty();
        Map.Entry<String, JsonNode> type = c.get("signed_entity_type").fields().next();
        JsonNode metadata = c.get("metadata");
        return new CertificateRecord(c.get("hash").asText(), genesis ? null : c.get("previous_hash").asText(),
                c.get("signed_message").asText(),
                genesis ? c.get("genesis_signature").asText() : c.get("multi_signature").asText(),
                c.get("aggregate_verification_key").asText(), c.get("epoch").asLong(),
                metadata.get("network").asText(), SignedEntityTypes.builtInId(type.getKey()).orElseThrow(),
                type.getValue().toString(), metadata.get("version").asText(), metadata.get("parameters").toString(),
                c.get("protocol_message").toString(), metadata.get("signers").toString(),
                Instant.parse(metadata.get("initiated_at").asText()), Instant.parse(metadata.get("sealed_at").asText()),
                null, null, null);
    }

    /** The artifacts of a detail file (a map hash → artifact) as signed_entity rows, in creation order. */
    public static List<SignedEntityRecord> signedEntities(String detailFile, int typeId) {
        List<SignedEntityRecord> rows = new ArrayList<>();
        for (Iterator<JsonNode> it = load(detailFile).elements(); it.hasNext();) {
            JsonNode artifact = it.next();
            JsonNode beacon = artifact.has("beacon") ? artifact.get("beacon") : artifact.get("epoch");
            rows.add(new SignedEntityRecord(artifact.get("hash").asText(), typeId,
                    artifact.get("certificate_hash").asText(), beacon.toString(), artifact.toString(),
                    Instant.parse(artifact.get("created_at").asText())));
        }
        rows.sort(Comparator.comparing(SignedEntityRecord::createdAt));
        return rows;
    }
}
