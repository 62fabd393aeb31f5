package io.mithril.era.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import org.osgi.service.component.annotations.Component;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.spi.cli.Command;

/**
 * <code>mithril-aggregator era …</code> (aggregator.md §6.3): <code>list [--json]</code>,
 * <code>generate-tx-datum</code> and <code>generate-keypair</code>, with the reference's outputs. Usage errors exit
 * with 2, failures with 1.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=era")
public final class EraCommand implements Command {
    static final String USAGE = String.join("\n",
            "Era tools",
            "",
            "Usage: mithril-aggregator era <COMMAND>",
            "",
            "Commands:",
            "  list               Era list command",
            "  generate-tx-datum  Era tx datum generate command",
            "  generate-keypair   Era keypair generation command",
            "",
            "Options:",
            "  -h, --help  Print help");
    static final String TX_DATUM_USAGE = String.join("\n",
            "Usage: mithril-aggregator era generate-tx-datum --current-era-epoch <CURRENT_ERA_EPOCH>"
                    + " --era-markers-secret-key <ERA_MARKERS_SECRET_KEY> --target-path <TARGET_PATH>",
            "",
            "Options:",
            "      --current-era-epoch <CURRENT_ERA_EPOCH>            Current Era epoch [env: CURRENT_ERA_EPOCH=]",
            "      --next-era-epoch <NEXT_ERA_EPOCH>                  Next Era epoch start, if exists"
                    + " [env: NEXT_ERA_EPOCH=]",
            "      --era-markers-secret-key <ERA_MARKERS_SECRET_KEY>  Era Markers Secret Key"
                    + " [env: ERA_MARKERS_SECRET_KEY=]",
            "      --target-path <TARGET_PATH>                        Target path",
            "  -h, --help                                             Print help");

    private final Map<String, String> environment;
    private final SecureRandom random;

    /** The OSGi constructor: the process environment and a system random source. */
    public EraCommand() {
        this(System.getenv(), new SecureRandom());
    }

    EraCommand(Map<String, String> environment, SecureRandom random) {
        this.environment = environment;
        this.random = random;
    }

    @Override
    public String summary() {
        return "Era tools: list the supported eras, generate era-marker datums and keys";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        String sub = args.get(0);
        List<String> rest = args.subList(1, args.size());
        if (isHelp(sub) || "help".equals(sub)) {
            out.println(USAGE);
            return 0;
        }
        try {
            switch (sub) {
                case "list":
                    return list(rest, out);
                case "generate-tx-datum":
                    return generateTxDatum(rest, out);
                case "generate-keypair":
                    return generateKeypair(rest, out);
                default:
                    throw new UsageException("unrecognized subcommand '" + sub + "'");
            }
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + "\n\n" + USAGE);
            return 2;
        } catch (IOException | IllegalArgumentException e) {
            err.println("error: era " + sub + ": " + e.getMessage());
            return 1;
        }
    }

    private int list(List<String> args, PrintStream out) throws UsageException {
        if (args.stream().anyMatch(EraCommand::isHelp)) {
            out.println("Usage: mithril-aggregator era list [--json]");
            return 0;
        }
        Arguments arguments = Arguments.parse(args, Set.of(), Set.of("--json"), environment);
        out.print(EraTools.supportedErasList(arguments.flag("--json")));
        return 0;
    }

    private int generateTxDatum(List<String> args, PrintStream out) throws UsageException, IOException {
        if (args.stream().anyMatch(EraCommand::isHelp)) {
            out.println(TX_DATUM_USAGE);
            return 0;
        }
        Arguments arguments = Arguments.parse(args, Set.of("--current-era-epoch", "--next-era-epoch",
                "--era-markers-secret-key", "--target-path"), Set.of(), environment);
        long current = Arguments.unsigned("--current-era-epoch", "CURRENT_ERA_EPOCH",
                arguments.required("--current-era-epoch", "CURRENT_ERA_EPOCH", "CURRENT_ERA_EPOCH"));
        OptionalLong next = OptionalLong.empty();
        var nextText = arguments.value("--next-era-epoch", "NEXT_ERA_EPOCH");
        if (nextText.isPresent()) {
            next = OptionalLong.of(Arguments.unsigned("--next-era-epoch", "NEXT_ERA_EPOCH", nextText.get()));
        }
        String secretKey = arguments.required("--era-markers-secret-key", "ERA_MARKERS_SECRET_KEY",
                "ERA_MARKERS_SECRET_KEY");
        Path target = Path.of(arguments.required("--target-path", null, "TARGET_PATH"));
        Ed25519SigningKey key;
        try {
            key = Ed25519SigningKey.decode(secretKey);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("json hex decode of era markers secret key failure: "
                    + e.getMessage(), e);
        }
        String datum = EraTools.generateTxDatum(current, next, key);
        Files.writeString(target, datum, StandardCharsets.UTF_8);
        return 0;
    }

    private int generateKeypair(List<String> args, PrintStream out) throws UsageException, IOException {
        if (args.stream().anyMatch(EraCommand::isHelp)) {
            out.println("Usage: mithril-aggregator era generate-keypair --target-path <TARGET_PATH>");
            return 0;
        }
        Arguments arguments = Arguments.parse(args, Set.of("--target-path"), Set.of(), environment);
        Path target = Path.of(arguments.required("--target-path", null, "TARGET_PATH"));
        out.println("Era generate keypair to " + target);
        try {
            EraTools.createAndSaveKeypair(target, random);
        } catch (IOException e) {
            throw new IOException("era-tools: keypair generation error: " + e.getMessage(), e);
        }
        return 0;
    }

    private static boolean isHelp(String arg) {
        return "--help".equals(arg) || "-h".equals(arg);
    }
}
