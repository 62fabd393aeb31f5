package io.mithril.devnet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.message.MithrilJson;
import io.mithril.spi.chain.StakeDistribution;

/** The reference's devnet data set (trimmed copies under src/test/resources/devnet-chain, see its README). */
final class ReferenceData {
    static final ObjectMapper MAPPER = MithrilJson.newObjectMapper();

    private ReferenceData() {
    }

    static JsonNode devnet(String file) {
        try (InputStream in = ReferenceData.class.getResourceAsStream("/devnet-chain/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource devnet-chain/" + file);
            }
            return MAPPER.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> values(String file) {
        List<JsonNode> values = new ArrayList<>();
        devnet(file).elements().forEachRemaining(values::add);
        return values;
    }

    static List<JsonNode> certificates() {
        return values("certificates.json");
    }

    static JsonNode certificate(String hash) {
        JsonNode certificate = devnet("certificates.json").get(hash);
        if (certificate == null) {
            throw new IllegalArgumentException("no certificate " + hash);
        }
        return certificate;
    }

    static List<JsonNode> mithrilStakeDistributions() {
        return values("mithril-stake-distributions.json");
    }

    static Optional<JsonNode> mithrilStakeDistribution(long epoch) {
        return mithrilStakeDistributions().stream().filter(a -> a.get("epoch").asLong() == epoch).findFirst();
    }

    static List<JsonNode> cardanoStakeDistributions() {
        return values("cardano-stake-distributions.json");
    }

    static Optional<JsonNode> cardanoStakeDistribution(long epoch) {
        return cardanoStakeDistributions().stream().filter(a -> a.get("epoch").asLong() == epoch).findFirst();
    }

    static List<SignerWithStake> signers(JsonNode msdArtifact) {
        List<SignerWithStake> signers = new ArrayList<>();
        for (JsonNode s : msdArtifact.get("signers")) {
            signers.add(new SignerWithStake(s.get("party_id").asText(), s.get("verification_key").asText(), null,
                    null, null, s.get("stake").asLong()));
        }
        return signers;
    }

    static ProtocolParameters parameters(JsonNode node) {
        return new ProtocolParameters(node.get("k").asLong(), node.get("m").asLong(), node.get("phi_f").asDouble());
    }

    static StakeDistribution stakes(JsonNode csdArtifact) {
        Map<String, Long> stakes = new LinkedHashMap<>();
        csdArtifact.get("stake_distribution").fields()
                .forEachRemaining(e -> stakes.put(e.getKey(), e.getValue().asLong()));
        return new StakeDistribution(stakes);
    }

    static Map<String, String> parts(JsonNode certificate) {
        Map<String, String> parts = new LinkedHashMap<>();
        certificate.get("protocol_message").get("message_parts").fields()
                .forEachRemaining(e -> parts.put(e.getKey(), e.getValue().asText()));
        return parts;
    }
}
