package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.message.CertificateListItemMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 43 certificates of the devnet chain, hashed as the reference hashes them. */
class DevnetCertificatesTest {
    private static final Map<String, Certificate> CERTIFICATES = Fixtures.devnetCertificates();

    @Test
    void all43CertificateHashesRecompute() {
        assertEquals(43, CERTIFICATES.size());
        CERTIFICATES.forEach((hash, certificate) -> {
            assertEquals(hash, certificate.hash());
            assertEquals(hash, certificate.computeHash(), "certificate " + hash);
        });
    }

    @Test
    void all43ProtocolMessageHashesEqualTheSignedMessage() {
        CERTIFICATES.forEach((hash, certificate) ->
                assertEquals(certificate.signedMessage(), certificate.protocolMessage().computeHash(),
                        "certificate " + hash));
    }

    @Test
    void exactlyOneGenesisWhoseCurrentEpochPartIsItsEpoch() {
        long genesisCount = CERTIFICATES.values().stream().filter(Certificate::isGenesis).count();
        assertEquals(1, genesisCount);
        Certificate genesis = CERTIFICATES.get("57c16dc2c25471a1c55d66d944eaa334a32e05f8e267860b43f4ed8d5c3a65ea");
        assertEquals("", genesis.previousHash());
        assertEquals(new SignedEntityType.MithrilStakeDistribution(Epoch.of(15)), genesis.signedEntityType());
    }

    @Test
    void listItemsAreTheDetailsWithASignerCount() {
        JsonNode list = Fixtures.devnet("certificates-list.json");
        assertEquals(20, list.size());
        for (JsonNode item : list) {
            Certificate detail = CERTIFICATES.get(item.get("hash").asText());
            CertificateListItemMessage expected = CertificateListItemMessage.from(detail);
            assertEquals(expected, Fixtures.convert(item, CertificateListItemMessage.class));
            JsonAssertions.assertSameJson(item, expected, "list item " + item.get("hash"));
        }
    }
}
