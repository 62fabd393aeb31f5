package io.mithril.devnet.e2e.network;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.devnet.AggregatorClient;
import io.mithril.domain.Certificate;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;

/** The certificate chain an aggregator serves on <code>/certificates</code> and <code>/certificate/{hash}</code>. */
final class ServedChain {
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    private ServedChain() {
    }

    /** Every listed certificate, newest first, by hash. */
    static Map<String, Certificate> certificates(AggregatorClient client) throws Exception {
        Map<String, Certificate> certificates = new LinkedHashMap<>();
        for (JsonNode item : client.getJson("certificates")) {
            String hash = item.path("hash").asText();
            certificates.put(hash, JSON.treeToValue(client.getJson("certificate/" + hash), CertificateMessage.class)
                    .toDomain());
        }
        return certificates;
    }

    /** The signed entity types (externally tagged JSON) of the listed certificates, genesis excluded. */
    static List<String> signedTypes(AggregatorClient client) throws Exception {
        List<String> types = new ArrayList<>();
        for (JsonNode item : client.getJson("certificates")) {
            if (!item.path("previous_hash").asText().isEmpty()) {
                types.add(item.path("signed_entity_type").toString());
            }
        }
        return types;
    }

    /** True when MSD(epoch) and CSD(epoch − 1) are certified (the list holds at most the latest 20). */
    static boolean certifies(AggregatorClient client, long epoch) {
        try {
            List<String> types = signedTypes(client);
            return types.contains("{\"MithrilStakeDistribution\":" + epoch + "}")
                    && types.contains("{\"CardanoStakeDistribution\":" + (epoch - 1) + "}");
        } catch (Exception e) {
            return false;
        }
    }
}
