package io.mithril.discovery.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.mithril.discovery.AggregatorEndpoint;
import io.mithril.discovery.CardanoNetwork;
import io.mithril.discovery.DiscoveryException;
import io.mithril.discovery.EraReaderSettings;
import io.mithril.discovery.MithrilNetwork;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code networks.json} from a JSON tree rather than by data binding, so that every error names the JSON path
 * of the offending value (e.g. {@code $.preprod.mithril-networks[0].release-preprod.aggregators[1].url}).
 * Required, as in the reference decoder: {@code mithril-networks}, {@code aggregators} and each aggregator's
 * {@code url}. The other entries are optional, but when present they must have the reference shape. URLs are kept as
 * written: a malformed one only fails where it is used (probing that aggregator, fetching that key), so one bad entry
 * does not make the whole document unusable.
 */
public final class NetworksJsonParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String origin;

    private NetworksJsonParser(String origin) {
        this.origin = origin;
    }

    public static List<CardanoNetwork> parse(String json, String origin) throws DiscoveryException {
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new DiscoveryException("networks configuration " + origin + " is not JSON: "
                    + e.getOriginalMessage(), e);
        }
        return new NetworksJsonParser(origin).document(root);
    }

    private List<CardanoNetwork> document(JsonNode root) throws DiscoveryException {
        object(root, "$");
        List<CardanoNetwork> networks = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            networks.add(cardanoNetwork(entry.getKey(), entry.getValue(), "$." + entry.getKey()));
        }
        return networks;
    }

    private CardanoNetwork cardanoNetwork(String name, JsonNode node, String path) throws DiscoveryException {
        object(node, path);
        Map<String, String> minimumVersions = new LinkedHashMap<>();
        JsonNode versions = node.get("cardano-minimum-version");
        if (versions != null) {
            object(versions, path + ".cardano-minimum-version");
            for (Iterator<Map.Entry<String, JsonNode>> it = versions.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> version = it.next();
                minimumVersions.put(version.getKey(),
                        text(version.getValue(), path + ".cardano-minimum-version." + version.getKey()));
            }
        }
        JsonNode dmq = node.get("dmq-minimum-version");
        Optional<String> dmqVersion = dmq == null ? Optional.empty()
                : Optional.of(text(dmq, path + ".dmq-minimum-version"));
        JsonNode entries = required(node, "mithril-networks", path);
        array(entries, path + ".mithril-networks");
        List<MithrilNetwork> mithrilNetworks = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            String entryPath = path + ".mithril-networks[" + i + "]";
            JsonNode entry = object(entries.get(i), entryPath);
            // each array item is a map; the reference files give it exactly one key, the decoder accepts several
            for (Iterator<Map.Entry<String, JsonNode>> it = entry.fields(); it.hasNext();) {
                Map.Entry<String, JsonNode> network = it.next();
                mithrilNetworks.add(mithrilNetwork(network.getKey(), name, network.getValue(),
                        entryPath + "." + network.getKey()));
            }
        }
        return new CardanoNetwork(name, minimumVersions, dmqVersion, mithrilNetworks);
    }

    private MithrilNetwork mithrilNetwork(String name, String cardanoNetwork, JsonNode node, String path)
            throws DiscoveryException {
        object(node, path);
        JsonNode aggregators = required(node, "aggregators", path);
        array(aggregators, path + ".aggregators");
        List<AggregatorEndpoint> urls = new ArrayList<>();
        for (int i = 0; i < aggregators.size(); i++) {
            String aggregatorPath = path + ".aggregators[" + i + "]";
            JsonNode aggregator = object(aggregators.get(i), aggregatorPath);
            urls.add(new AggregatorEndpoint(text(required(aggregator, "url", aggregatorPath), aggregatorPath + ".url")));
        }
        return new MithrilNetwork(name, cardanoNetwork, urls,
                keyUrl(node.get("genesis"), path + ".genesis"),
                eraReader(node.get("era-reader"), path + ".era-reader"),
                keyUrl(node.get("ancillary"), path + ".ancillary"));
    }

    /** {@code {"verification-key": {"url": "..."}}}. */
    private Optional<String> keyUrl(JsonNode node, String path) throws DiscoveryException {
        if (node == null) {
            return Optional.empty();
        }
        object(node, path);
        return urlEntry(node.get("verification-key"), path + ".verification-key");
    }

    private Optional<EraReaderSettings> eraReader(JsonNode node, String path) throws DiscoveryException {
        if (node == null) {
            return Optional.empty();
        }
        object(node, path);
        String adapterType = text(required(node, "adapter-type", path), path + ".adapter-type");
        return Optional.of(new EraReaderSettings(adapterType, urlEntry(node.get("address"), path + ".address"),
                urlEntry(node.get("verification-key"), path + ".verification-key")));
    }

    /** {@code {"url": "..."}}, when present. */
    private Optional<String> urlEntry(JsonNode node, String path) throws DiscoveryException {
        if (node == null) {
            return Optional.empty();
        }
        object(node, path);
        return Optional.of(text(required(node, "url", path), path + ".url"));
    }

    private JsonNode required(JsonNode node, String field, String path) throws DiscoveryException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new DiscoveryException("networks configuration " + origin + ": " + path + "." + field
                    + " is missing");
        }
        return value;
    }

    private JsonNode object(JsonNode node, String path) throws DiscoveryException {
        if (!node.isObject()) {
            throw invalid(path, "an object", node.getNodeType().toString().toLowerCase());
        }
        return node;
    }

    private void array(JsonNode node, String path) throws DiscoveryException {
        if (!node.isArray()) {
            throw invalid(path, "an array", node.getNodeType().toString().toLowerCase());
        }
    }

    private String text(JsonNode node, String path) throws DiscoveryException {
        if (!node.isTextual()) {
            throw invalid(path, "a string", node.getNodeType().toString().toLowerCase());
        }
        return node.asText();
    }

    private DiscoveryException invalid(String path, String expected, String found) {
        return new DiscoveryException("networks configuration " + origin + ": " + path + " must be " + expected
                + ", found " + found);
    }
}
