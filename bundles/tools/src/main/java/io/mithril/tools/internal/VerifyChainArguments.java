package io.mithril.tools.internal;

import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The arguments of {@code tools verify-chain}: exactly one of {@code --aggregator-endpoint URL} and
 * {@code --data-dir DIR}, and {@code --genesis-verification-key KEY} where KEY is the JSON-hex key or the path of a
 * file holding it. Options take their value as the next argument or after {@code =}.
 */
record VerifyChainArguments(URI aggregatorEndpoint, Path dataDirectory, String genesisVerificationKey) {
    static final String ENDPOINT = "--aggregator-endpoint";
    static final String DATA_DIR = "--data-dir";
    static final String GENESIS_KEY = "--genesis-verification-key";
    static final String USAGE = String.join("\n",
            "Usage: mithril-aggregator tools verify-chain (--aggregator-endpoint <URL> | --data-dir <DIR>)",
            "           --genesis-verification-key <KEY|FILE>",
            "",
            "Verifies every certificate back to its genesis, then every artifact against its certificate.",
            "  --aggregator-endpoint <URL>          an aggregator, e.g. http://localhost:8080/aggregator",
            "  --data-dir <DIR>                     a directory laid out like testdata/devnet-chain",
            "  --genesis-verification-key <KEY>     the genesis verification key (JSON-hex), or a file holding it",
            "Prints one line per failure, then 'verified N/M certificates'; exits 0 only if everything verified.");
    private static final Set<String> OPTIONS = Set.of(ENDPOINT, DATA_DIR, GENESIS_KEY);

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
        if (values.containsKey(ENDPOINT) == values.containsKey(DATA_DIR)) {
            throw new UsageException("give exactly one of " + ENDPOINT + " and " + DATA_DIR);
        }
        if (!values.containsKey(GENESIS_KEY)) {
            throw new UsageException(GENESIS_KEY + " is required");
        }
        return new VerifyChainArguments(endpoint(values.get(ENDPOINT)), dataDirectory(values.get(DATA_DIR)),
                genesisKey(values.get(GENESIS_KEY)));
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
