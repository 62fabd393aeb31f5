package io.mithril.launcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import io.mithril.launcher.logging.LogSettings;

/** <code>mithril-aggregator</code>: parses the command line, layers the configuration and runs the OSGi platform. */
public final class Main {
    static final Set<String> COMMANDS = Set.of("serve", "genesis", "era", "tools", "database", "devnet");
    private static final long COMMAND_WAIT_MILLIS = 5_000;

    private final Map<String, String> environment;
    private final PrintStream out;
    private final PrintStream err;
    private final Path home;

    Main(Map<String, String> environment, PrintStream out, PrintStream err, Path home) {
        this.environment = environment;
        this.out = out;
        this.err = err;
        this.home = home;
    }

    public static void main(String[] args) {
        int code = new Main(System.getenv(), System.out, System.err, Layout.detectHome()).run(args);
        if (code != Integer.MIN_VALUE) {
            System.exit(code);
        }
    }

    int run(String[] args) {
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (UsageException e) {
            err.println("error: " + e.getMessage());
            return 2;
        }
        if (line.version()) {
            out.println("mithril-aggregator " + version());
            return 0;
        }
        if (line.command() == null) {
            (line.help() ? out : err).println(CommandLine.USAGE);
            return line.help() ? 0 : 2;
        }
        if (!COMMANDS.contains(line.command())) {
            err.println("error: unrecognized subcommand '" + line.command() + "'\n\n" + CommandLine.USAGE);
            return 2;
        }
        if (line.help() && line.command().equals("serve")) {
            out.println(CommandLine.SERVE_USAGE);
            return 0;
        }
        LogSettings.configure(line.verbosity(), line.command().equals("serve") ? out : err);
        try {
            return execute(line);
        } catch (ConfigurationException e) {
            err.println("mithril-aggregator: configuration error: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            err.println("mithril-aggregator: " + line.command() + " failed: " + e);
            return 1;
        }
    }

    private int execute(CommandLine line) throws Exception {
        Path configDirectory = Path.of(line.configDirectory()).toAbsolutePath().normalize();
        Profile profile = line.command().equals("devnet") ? Profile.load("devnet") : null;
        Configuration configuration = Configuration.load(configDirectory, line.runMode(), environment,
                line.configFlags(), profile);
        if (line.isServer()) {
            configuration.requireForServe();
        }
        Layout layout = Layout.of(home, configDirectory);
        Platform platform = Platform.start(layout, configuration, line.isServer());
        if (line.isServer()) {
            Runtime.getRuntime().addShutdownHook(new Thread(platform::close, "mithril-shutdown"));
        }
        if (line.command().equals("serve")) {
            platform.awaitStop();
            return 0;
        }
        try {
            var args = new java.util.ArrayList<>(line.commandArgs());
            if (line.help()) {
                args.add(0, "--help");
            }
            Optional<Integer> code = platform.runCommand(line.command(), args, out, err, COMMAND_WAIT_MILLIS);
            if (code.isEmpty()) {
                err.println("mithril-aggregator: '" + line.command() + "' is not available yet: no installed bundle"
                        + " provides it (see docs/operations.md for the features that do)");
                return 1;
            }
            return code.get();
        } finally {
            platform.close();
        }
    }

    static String version() {
        try (InputStream in = Main.class.getResourceAsStream("/mithril-version.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
