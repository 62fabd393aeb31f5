package io.mithril.tools.internal;

import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.discovery.NetworksConfiguration;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The arguments of {@code tools verify-chain}: exactly one of {@code --aggregator-endpoint URL}, {@code --data-dir DIR}
 * and {@code --network NAME} (with {@code --networks-json PATH|URL} and optionally {@code --require-types T1,T2}), and
 * {@code --genesis-verification-key KEY} where KEY is the JSON-hex key or the path of a file holding it; with
 * {@code --network} the key may be left out, the network's {@code genesis.verification-key.url} then gives it.
 * Options take their value as the next argument or after {@code =}.
 */
record VerifyChainArguments(URI aggregatorEndpoint, Path dataDirectory, String network, String networksJson,
        List<SignedEntityTypeDiscriminant> requiredTypes, String genesisVerificationKey) {
    static final String ENDPOINT = "--aggregator-endpoint";
    static final String DATA_DIR = "--data-dir";
    static final String NETWORK = "--network";
    static final String NETWORKS_JSON = "--networks-json";
    static final String REQUIRE_TYPES = "--require-types";
    static final String GENESIS_KEY = "--genesis-verification-key";
    static final String USAGE = String.join("\n",
            "Usage: mithril-aggregator tools verify-chain (--aggregator-endpoint <URL> | --data-dir <DIR>",
            "           | --network <NAME> --networks-json <PATH|URL> [--require-types <T1,T2>])",
            "           [--genesis-verification-key <KEY|FILE>]",
            "",
            "Verifies every certificate back to its genesis, then every artifact against its certificate.",
            "  --aggregator-endpoint <URL>          an aggregator, e.g. http://localhost:8080/aggregator",
            "  --data-dir <DIR>                     a directory laid out like testdata/devnet-chain",
            "  --network <NAME>                     a Mithril network of networks.json, e.g. release-preprod: the",
            "                                       first of its aggregators (in random order) that advertises the",
            "                                       required types in GET /aggregator/ is verified",
            "  --networks-json <PATH|URL>           networks.json, e.g. " + NetworksConfiguration.REFERENCE_URL,
            "  --require-types <T1,T2>              signed entity types the aggregator must certify",
            "                                       (default MithrilStakeDistribution)",
            "  --genesis-verification-key <KEY>     the genesis verification key (JSON-hex), or a file holding it;",
            "                                       required unless --network, whose genesis key URL is then used",
            "Prints one line per failure, then 'verified N/M certificates'; exits 0 only if everything verified.");
    static final List<SignedEntityTypeDiscriminant> DEFAULT_REQUIRED_TYPES =
            List.of(SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION);
    private static final Set<String> OPTIONS =
            Set.of(ENDPOINT, DATA_DIR, NETWORK, NETWORKS_JSON, REQUIRE_TYPES, GENESIS_KEY);

    static VerifyChainArguments parse(List<String> args) throws UsageException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (!OPTIONS.contains(name)) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String value;
            if (arg.contains("=")) {
                value = arg.substring(arg.indexOf('=') + 1);
            } else if (i + 1 < args.size()) {
                value = args.get(++i);
            } else {
                throw new UsageException("option " + name + " needs a value");
            }
            if (value.isBlank() || values.put(name, value) != null) {
                throw new UsageException(value.isBlank() ? "option " + name + " needs a value"
                        : "option " + name + " is given twice");
            }
        }
        checkCombination(values);
        String key = values.get(GENESIS_KEY);
        return new VerifyChainArguments(endpoint(values.get(ENDPOINT)), dataDirectory(values.get(DATA_DIR)),
                values.get(NETWORK), values.get(NETWORKS_JSON), requiredTypes(values.get(REQUIRE_TYPES)),
                key == null ? null : genesisKey(key));
    }

    private static void checkCombination(Map<String, String> values) throws UsageException {
        long sources = Stream.of(ENDPOINT, DATA_DIR, NETWORK).filter(values::containsKey).count();
        if (sources != 1) {
            throw new UsageException("give exactly one of " + ENDPOINT + ", " + DATA_DIR + " and " + NETWORK);
        }
        boolean network = values.containsKey(NETWORK);
        for (String option : List.of(NETWORKS_JSON, REQUIRE_TYPES)) {
            if (values.containsKey(option) && !network) {
                throw new UsageException(option + " only applies with " + NETWORK);
            }
        }
        if (network && !values.containsKey(NETWORKS_JSON)) {
            throw new UsageException(NETWORK + " needs " + NETWORKS_JSON + " <PATH|URL>, e.g. "
                    + NetworksConfiguration.REFERENCE_URL);
        }
        if (!network && !values.containsKey(GENESIS_KEY)) {
            throw new UsageException(GENESIS_KEY + " is required (unless " + NETWORK + " gives its key URL)");
        }
    }

    /** A comma-separated list of signed entity type names, each one known and still produced. */
    private static List<SignedEntityTypeDiscriminant> requiredTypes(String value) throws UsageException {
        if (value == null) {
            return DEFAULT_REQUIRED_TYPES;
        }
        List<SignedEntityTypeDiscriminant> types = new ArrayList<>();
        for (String name : value.split(",", -1)) {
            Optional<SignedEntityTypeDiscriminant> type = SignedEntityTypeDiscriminant.fromJsonName(name.trim())
                    .filter(t -> !t.isDiscontinued());
            if (type.isEmpty()) {
                throw new UsageException(REQUIRE_TYPES + ": '" + name.trim() + "' is not a signed entity type; use "
                        + Arrays.stream(SignedEntityTypeDiscriminant.values()).filter(t -> !t.isDiscontinued())
                                .map(SignedEntityTypeDiscriminant::jsonName).collect(Collectors.joining(", ")));
            }
            if (!types.contains(type.get())) {
                types.add(type.get());
            }
        }
        return List.copyOf(types);
    }

    private static URI endpoint(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (!("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) || uri.getHost() == null) {
                throw new UsageException(ENDPOINT + " must be an http(s) URL, got '" + value + "'");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new UsageException(ENDPOINT + " is not a URL: " + e.getMessage());
        }
    }

    private static Path dataDirectory(String value) throws UsageException {
        if (value == null) {
            return null;
        }
        Path directory = Path.of(value);
        if (!Files.isDirectory(directory)) {
            throw new UsageException(DATA_DIR + " '" + value + "' is not a directory");
        }
        return directory;
    }

    /** The key itself, read from the file when the value names one; it must decode as an Ed25519 key. */
    private static String genesisKey(String value) throws UsageException {
        String key = value.trim();
        Path file = Path.of(key.length() > 255 ? "/" : key);
        if (key.length() <= 255 && Files.isRegularFile(file)) {
            try {
                key = Files.readString(file, StandardCharsets.UTF_8).trim();
            } catch (IOException e) {
                throw new UsageException("cannot read the genesis verification key file '" + value + "': "
                        + e.getMessage());
            }
        }
        try {
            Ed25519VerificationKey.decode(key);
        } catch (RuntimeException e) {
            throw new UsageException(GENESIS_KEY + " is neither a JSON-hex Ed25519 key nor a file holding one: "
                    + e.getMessage());
        }
        return key;
    }
}
