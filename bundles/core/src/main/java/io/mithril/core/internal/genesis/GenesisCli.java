package io.mithril.core.internal.genesis;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.GenesisException;
import io.mithril.crypto.ed25519.Ed25519SigningKey;

/**
 * {@code mithril-aggregator genesis <subcommand>} (aggregator.md §6.3, certificates.md §6) with the reference's file
 * formats: keys as JSON-hex text, the payload as the 64 ASCII hex characters of the genesis message hash, the signed
 * payload as the 64 raw signature bytes. {@code --mithril-era} accepts only {@code pythagoras}, the one era whose
 * genesis this implementation builds, and defaults to it (the reference requires the flag once two eras exist).
 */
public final class GenesisCli {
    static final String USAGE = String.join("\n",
            "Usage: mithril-aggregator genesis <COMMAND> [--mithril-era pythagoras]",
            "  generate-keypair --target-path <DIR>",
            "  export --target-path <FILE>",
            "  sign --to-sign-payload-path <FILE> --target-signed-payload-path <FILE> --genesis-secret-key-path <FILE>",
            "  import --signed-payload-path <FILE> --genesis-verification-key <JSON-HEX>",
            "  bootstrap [--genesis-secret-key <JSON-HEX>]   (or env GENESIS_SECRET_KEY; test networks only)");
    static final String ERA = "pythagoras";

    private final Optional<GenesisBootstrap> genesis;
    private final Function<String, String> environment;

    /** @param genesis the genesis service, absent when the store or the chain observer is not available */
    public GenesisCli(Optional<GenesisBootstrap> genesis, Function<String, String> environment) {
        this.genesis = genesis;
        this.environment = environment;
    }

    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.contains("--help") || args.contains("-h")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        try {
            Map<String, String> options = options(args.subList(1, args.size()));
            String era = options.getOrDefault("mithril-era", ERA);
            if (!era.equals(ERA)) {
                throw new UsageException("unsupported --mithril-era '" + era + "': only " + ERA + " is supported");
            }
            return execute(args.get(0), options, out);
        } catch (UsageException e) {
            err.println("genesis: " + e.getMessage());
            err.println(USAGE);
            return 2;
        } catch (GenesisException | IOException | RuntimeException e) {
            err.println("genesis " + args.get(0) + " failed: " + e.getMessage());
            return 1;
        }
    }

    private int execute(String command, Map<String, String> options, PrintStream out)
            throws UsageException, GenesisException, IOException {
        switch (command) {
            case "generate-keypair" -> {
                Path directory = Path.of(required(options, "target-path"));
                Files.createDirectories(directory);
                Ed25519SigningKey key = Ed25519SigningKey.generate(new SecureRandom());
                write(directory.resolve("genesis.sk"), key.toJsonHex());
                write(directory.resolve("genesis.vk"), key.verificationKey().toJsonHex());
                out.println("Genesis keypair written to " + directory);
            }
            case "export" -> {
                Path target = Path.of(required(options, "target-path"));
                Files.write(target, service().exportPayload());
                out.println("Genesis payload to sign written to " + target);
            }
            case "sign" -> {
                byte[] payload = Files.readAllBytes(Path.of(required(options, "to-sign-payload-path")));
                Ed25519SigningKey key = Ed25519SigningKey.decode(
                        Files.readString(Path.of(required(options, "genesis-secret-key-path"))).trim());
                Path target = Path.of(required(options, "target-signed-payload-path"));
                Files.write(target, key.sign(payload).toBytes());
                out.println("Signed genesis payload written to " + target);
            }
            case "import" -> {
                byte[] signature = Files.readAllBytes(Path.of(required(options, "signed-payload-path")));
                String hash = service().importSignature(signature, required(options, "genesis-verification-key"));
                out.println("Genesis certificate " + hash + " imported");
            }
            case "bootstrap" -> {
                String secretKey = Optional.ofNullable(options.get("genesis-secret-key"))
                        .or(() -> Optional.ofNullable(environment.apply("GENESIS_SECRET_KEY")))
                        .orElseThrow(() -> new UsageException("--genesis-secret-key or GENESIS_SECRET_KEY is required"));
                out.println("Genesis certificate " + service().bootstrap(secretKey.trim()) + " bootstrapped");
            }
            default -> throw new UsageException("unknown subcommand '" + command + "'");
        }
        return 0;
    }

    private GenesisBootstrap service() throws GenesisException {
        return genesis.orElseThrow(() -> new GenesisException("the genesis service is not available: the store,"
                + " the chain observer and the era reader bundles must be installed and configured"));
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static Map<String, String> options(List<String> args) throws UsageException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                throw new UsageException("unexpected argument '" + arg + "'");
            }
            String name = arg.substring(2);
            int equals = name.indexOf('=');
            if (equals >= 0) {
                options.put(name.substring(0, equals), name.substring(equals + 1));
            } else if (i + 1 < args.size()) {
                options.put(name, args.get(++i));
            } else {
                throw new UsageException("missing value for " + arg);
            }
        }
        return options;
    }

    private static String required(Map<String, String> options, String name) throws UsageException {
        String value = options.get(name);
        if (value == null || value.isBlank()) {
            throw new UsageException("--" + name + " is required");
        }
        return value;
    }

    /** A command-line mistake: exit code 2 with the usage. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }
}
