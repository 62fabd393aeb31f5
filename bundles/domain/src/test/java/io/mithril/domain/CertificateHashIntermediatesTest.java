package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.internal.Hex;
import io.mithril.domain.message.SignedEntityTypeJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every intermediate of vectors/certificates/certificate_hash_intermediates.json, one certificate per type. */
class CertificateHashIntermediatesTest {
    private static final Map<String, Certificate> CERTIFICATES = Fixtures.devnetCertificates();

    static Stream<JsonNode> intermediates() {
        List<JsonNode> entries = new ArrayList<>();
        Fixtures.json("vectors/certificates/certificate_hash_intermediates.json").forEach(entries::add);
        return entries.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("intermediates")
    void everyIntermediateRecomputes(JsonNode vector) {
        Certificate certificate = CERTIFICATES.get(vector.get("certificate_hash").asText());
        CertificateMetadata metadata = certificate.metadata();

        assertEquals(vector.get("protocol_parameters_hash").asText(), metadata.parameters().computeHash());
        assertEquals(vector.get("phi_f_u8f24_hex").asText(), String.format("%08x", metadata.parameters().phiFU8F24()));
        assertEquals(vector.get("initiated_at").asText(), metadata.initiatedAt().toString());
        assertEquals(vector.get("initiated_at_nanos").asLong(), CertificateMetadata.timestampNanos(metadata.initiatedAt()));
        assertEquals(vector.get("sealed_at_nanos").asLong(), CertificateMetadata.timestampNanos(metadata.sealedAt()));
        List<String> partyHashes = new ArrayList<>();
        vector.get("signer_party_hashes").forEach(h -> partyHashes.add(h.asText()));
        assertEquals(partyHashes, metadata.signers().stream().map(StakeDistributionParty::computeHash).toList());
        assertEquals(vector.get("metadata_hash").asText(), metadata.computeHash());
        assertEquals(vector.get("protocol_message_hash").asText(), certificate.protocolMessage().computeHash());
        assertEquals(SignedEntityTypeJson.fromJson(vector.get("signed_entity_type")), certificate.signedEntityType());
        if (vector.has("signed_entity_type_feed_hex")) {
            assertEquals(vector.get("signed_entity_type_feed_hex").asText(),
                    Hex.encode(certificate.signedEntityType().hashFeed()));
        }
        if (vector.has("genesis_signature_raw_hex")) {
            assertTrue(certificate.isGenesis());
            assertEquals(vector.get("genesis_signature_raw_hex").asText(), certificate.signature().hashedText());
            assertEquals(vector.get("genesis_signed_bytes_ascii").asText(), certificate.signedMessage());
        }
        assertEquals(vector.get("recomputed_certificate_hash").asText(), certificate.computeHash());
        assertEquals(vector.get("certificate_hash").asText(), certificate.hash());
    }
}
