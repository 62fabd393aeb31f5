package io.mithril.devnet.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.OptionalLong;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.devnet.AggregatorClient;
import io.mithril.devnet.AggregatorClient.AggregatorClientException;

/**
 * Follows the aggregator through its public read API, as any client would: the epoch it reports in
 * <code>/status</code>, and each new certificate and artifact of the types it advertises. On the first poll what
 * already exists is summed up in one line (a restarted devnet resumes its chain).
 */
final class ApiWatcher {
    /** Artifact list routes per advertised signed entity type (aggregator.md §1.2). */
    private static final Map<String, String> ARTIFACT_ROUTES = new LinkedHashMap<>();

    static {
        ARTIFACT_ROUTES.put("MithrilStakeDistribution", "artifact/mithril-stake-distributions");
        ARTIFACT_ROUTES.put("CardanoStakeDistribution", "artifact/cardano-stake-distributions");
        ARTIFACT_ROUTES.put("CardanoDatabase", "artifact/cardano-database");
        ARTIFACT_ROUTES.put("CardanoTransactions", "artifact/cardano-transactions");
        ARTIFACT_ROUTES.put("CardanoBlocksTransactions", "artifact/cardano-blocks-transactions");
    }

    private final AggregatorClient client;
    private final ActivityLog log;
    private final Set<String> seen = new HashSet<>();
    private List<String> advertisedTypes;
    private long aggregatorEpoch = -1;
    private OptionalLong latestCertificateEpoch = OptionalLong.empty();
    private boolean first = true;

    ApiWatcher(AggregatorClient client, ActivityLog log) {
        this.client = client;
        this.log = log;
    }

    /** One look at the API; an unreachable API is reported (once) and retried on the next poll. */
    void poll() {
        try {
            if (advertisedTypes == null) {
                advertisedTypes = advertisedTypes(client.getJson(""));
                log.line("api", client.base() + " is up, signing " + String.join(", ", advertisedTypes));
            }
            status(client.getJson("status"));
            int existing = certificates(client.getJson("certificates"));
            for (String type : advertisedTypes) {
                String route = ARTIFACT_ROUTES.get(type);
                if (route != null) {
                    existing += artifacts(type, client.getJson(route));
                }
            }
            if (first && existing > 0) {
                log.line("resumed", existing + " certificate(s) and artifact(s) already in the store (latest 20"
                        + " of each listed); new ones follow");
            }
            first = false;
        } catch (AggregatorClientException e) {
            log.waiting(e.getMessage());
        }
    }

    /** The epoch of the latest certificate listed at the last poll, empty when none (or not read yet). */
    OptionalLong latestCertificateEpoch() {
        return latestCertificateEpoch;
    }

    private static List<String> advertisedTypes(JsonNode root) {
        List<String> types = new ArrayList<>();
        root.path("capabilities").path("signed_entity_types").forEach(t -> types.add(t.asText()));
        return types;
    }

    private void status(JsonNode status) {
        long epoch = status.path("epoch").asLong(-1);
        if (epoch != aggregatorEpoch) {
            aggregatorEpoch = epoch;
            log.line("aggregator", "at epoch " + epoch + ": " + status.path("total_signers").asLong()
                    + " signer(s) sign now (stake " + status.path("total_stakes_signers").asLong() + "), "
                    + status.path("total_next_signers").asLong() + " registered for the next epoch, protocol "
                    + status.path("protocol"));
        }
    }

    /** @return how many existed before the first poll */
    private int certificates(JsonNode list) {
        int existing = 0;
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        latestCertificateEpoch = items.isEmpty() ? OptionalLong.empty()
                : OptionalLong.of(items.get(0).path("epoch").asLong());
        for (int i = items.size() - 1; i >= 0; i--) {
            JsonNode certificate = items.get(i);
            String hash = certificate.path("hash").asText();
            if (seen.add("certificate:" + hash)) {
                if (first) {
                    existing++;
                } else {
                    String kind = certificate.path("previous_hash").asText().isEmpty() ? "genesis" : "standard";
                    log.line("certificate", certificate.path("signed_entity_type") + " " + kind + " certificate "
                            + hash + " (epoch " + certificate.path("epoch").asLong() + ", "
                            + certificate.path("metadata").path("total_signers").asLong() + " signer(s))");
                }
            }
        }
        return existing;
    }

    private int artifacts(String type, JsonNode list) {
        int existing = 0;
        List<JsonNode> items = new ArrayList<>();
        list.forEach(items::add);
        for (int i = items.size() - 1; i >= 0; i--) {
            JsonNode artifact = items.get(i);
            String hash = artifact.path("hash").asText();
            if (seen.add("artifact:" + type + ":" + hash)) {
                if (first) {
                    existing++;
                } else {
                    log.line("artifact", type + " epoch " + artifact.path("epoch").asText(
                            artifact.path("beacon").toString()) + " " + hash + " (certificate "
                            + ActivityLog.abbreviate(artifact.path("certificate_hash").asText()) + ")");
                }
            }
        }
        return existing;
    }
}
