package io.mithril.tools.internal;

import io.mithril.discovery.DiscoveryException;
import io.mithril.discovery.NetworksConfigurationLoader;
import io.mithril.discovery.UnknownMithrilNetworkException;
import io.mithril.spi.cli.Command;
import io.mithril.tools.verify.AggregatorChainSource;
import io.mithril.tools.verify.ChainSource;
import io.mithril.tools.verify.ChainVerification;
import io.mithril.tools.verify.DirectoryChainSource;
import io.mithril.tools.verify.VerificationReport;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.util.List;
import java.util.Random;
import org.osgi.service.component.annotations.Component;

/**
 * {@code mithril-aggregator tools}: for now the {@code verify-chain} subcommand, a thin wrapper over
 * {@link ChainVerification}, with {@code --network} resolved by {@link NetworkSelection}. Exit codes: 0 everything
 * verified, 1 something failed or the source (networks.json, the key, every aggregator) could not be read, 2 bad
 * arguments, including a Mithril network that networks.json does not list.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=tools")
public final class ToolsCommand implements Command {
    static final String USAGE = String.join("\n",
            "Usage: mithril-aggregator tools <COMMAND>",
            "",
            "Commands:",
            "  verify-chain   Verify a certificate chain and its artifacts (a data directory or an aggregator)");

    @Override
    public String summary() {
        return "Administrative tools (verify-chain)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty() || args.get(0).equals("--help") || args.get(0).equals("-h")) {
            (args.isEmpty() ? err : out).println(USAGE);
            return args.isEmpty() ? 2 : 0;
        }
        if (!args.get(0).equals("verify-chain")) {
            err.println("error: unknown tools command '" + args.get(0) + "'\n\n" + USAGE);
            return 2;
        }
        List<String> options = args.subList(1, args.size());
        if (options.contains("--help") || options.contains("-h")) {
            out.println(VerifyChainArguments.USAGE);
            return 0;
        }
        VerifyChainArguments arguments;
        try {
            arguments = VerifyChainArguments.parse(options);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage() + "\n\n" + VerifyChainArguments.USAGE);
            return 2;
        }
        return verify(arguments, out, err);
    }

    private static int verify(VerifyChainArguments arguments, PrintStream out, PrintStream err) {
        URI endpoint = arguments.aggregatorEndpoint();
        String genesisKey = arguments.genesisVerificationKey();
        if (arguments.network() != null) {
            try {
                NetworkSelection.Selected selected = new NetworkSelection(NetworksConfigurationLoader.create(),
                        new Random()).select(arguments.network(), arguments.networksJson(), arguments.requiredTypes(),
                                genesisKey, err);
                endpoint = selected.endpoint();
                genesisKey = selected.genesisVerificationKey();
            } catch (UnknownMithrilNetworkException e) {
                err.println("error: " + e.getMessage() + "\n\n" + VerifyChainArguments.USAGE);
                return 2;
            } catch (DiscoveryException e) {
                err.println("error: cannot select an aggregator of Mithril network '" + arguments.network() + "': "
                        + e.getMessage());
                return 1;
            }
        }
        URI aggregator = endpoint;
        return arguments.dataDirectory() != null
                ? verify(() -> new DirectoryChainSource(arguments.dataDirectory()), arguments.dataDirectory()
                        .toString(), genesisKey, out, err)
                : verify(() -> AggregatorChainSource.of(aggregator), aggregator.toString(), genesisKey, out, err);
    }

    /** Opens a chain source; opening a directory already reads it. */
    private interface SourceOpener {
        ChainSource open() throws IOException;
    }

    private static int verify(SourceOpener opener, String description, String genesisKey, PrintStream out,
            PrintStream err) {
        try {
            ChainSource source = opener.open();
            VerificationReport report = ChainVerification.withReferenceCrypto(genesisKey).verify(source);
            report.skipped().forEach(line -> err.println("skipped " + line));
            if (source instanceof AggregatorChainSource aggregator && !aggregator.unknownTypes().isEmpty()) {
                err.println("not checked: artifacts of " + aggregator.unknownTypes());
            }
            err.println("artifacts: " + report.artifactsVerified() + "/" + report.artifactsChecked() + " verified, "
                    + report.skipped().size() + " skipped");
            report.failures().forEach(out::println);
            if (report.certificatesTotal() == 0) {
                out.println(description + ": no certificate to verify");
            }
            out.println(report.summaryLine());
            return report.success() ? 0 : 1;
        } catch (IOException | RuntimeException e) {
            err.println("error: cannot verify " + description + ": " + describe(e));
            return 1;
        }
    }

    /** The cause chain, with the class name where a JDK exception has no message (e.g. ConnectException). */
    static String describe(Throwable error) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String part = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
            if (text.indexOf(part) < 0) {
                text.append(text.length() == 0 ? "" : ": ").append(part);
            }
        }
        return text.toString();
    }
}
