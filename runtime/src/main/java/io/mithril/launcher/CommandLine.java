package io.mithril.launcher;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reference's command line shape (aggregator.md §6.3): global options <code>-r/--run-mode</code>, <code>-v…</code>,
 * <code>--db-directory</code>, <code>--config-directory</code>, <code>-V/--version</code>, <code>-h/--help</code>, then
 * a subcommand and its arguments. <code>serve</code> flags are parsed here because they become configuration.
 */
record CommandLine(String runMode, int verbosity, String configDirectory, String dbDirectory, boolean help,
        boolean version, String command, List<String> commandArgs, Map<String, Object> configFlags) {

    static final String USAGE = String.join("\n",
            "Usage: mithril-aggregator [OPTIONS] <COMMAND>",
            "",
            "Commands:",
            "  serve     Run the aggregator server",
            "  genesis   Genesis certificate tools (generate-keypair, export, sign, import, bootstrap)",
            "  era       Era tools (list, generate-tx-datum, generate-keypair)",
            "  tools     Administrative tools (verify-chain, ...)",
            "  database  Database tools (migrate, vacuum)",
            "  devnet    Run a local devnet: a leader aggregator with a simulated chain and signers",
            "            (--data-dir DIR [devnet-data], --server-port PORT [8080], --epoch-duration-ms MS [20000],",
            "             --signers N [10], --followers N [0], --dmq)",
            "",
            "Options:",
            "  -r, --run-mode <RUN_MODE>                  Run mode: selects config/<RUN_MODE>.json [default: dev; devnet: devnet]",
            "  -v, --verbose...                           Verbosity level (-v warn, -vv info, -vvv debug, -vvvv trace)",
            "      --db-directory <DB_DIRECTORY>          Directory of the Cardano node database",
            "      --config-directory <CONFIG_DIRECTORY>  Directory of the configuration files [default: ./config]",
            "  -h, --help                                 Print help",
            "  -V, --version                              Print version");

    static final String SERVE_USAGE = String.join("\n",
            "Usage: mithril-aggregator serve [OPTIONS]",
            "",
            "Options:",
            "      --server-ip <SERVER_IP>              Server listening IP",
            "      --server-port <SERVER_PORT>          Server listening port",
            "      --snapshot-directory <DIR>           Directory to store snapshot artifacts",
            "      --disable-digests-cache              Disable the immutable digests cache",
            "      --reset-digests-cache                Reset the immutable digests cache",
            "      --allow-unparsable-block             Tolerate unparsable blocks (not on preprod/mainnet)",
            "      --enable-metrics-server              Enable the Prometheus metrics server",
            "      --metrics-server-ip <IP>             Metrics server IP",
            "      --metrics-server-port <PORT>         Metrics server port",
            "      --leader-aggregator-endpoint <URL>   Run as a follower of this leader aggregator",
            "  -h, --help                               Print help");

    private static final Map<String, String> SERVE_VALUE_FLAGS = Map.of(
            "--server-ip", "server_ip",
            "--server-port", "server_port",
            "--snapshot-directory", "snapshot_directory",
            "--metrics-server-ip", "metrics_server_ip",
            "--metrics-server-port", "metrics_server_port",
            "--leader-aggregator-endpoint", "leader_aggregator_endpoint");

    private static final Map<String, String> SERVE_SWITCHES = Map.of(
            "--disable-digests-cache", "disable_digests_cache",
            "--reset-digests-cache", "reset_digests_cache",
            "--allow-unparsable-block", "allow_unparsable_block",
            "--enable-metrics-server", "enable_metrics_server");

    static CommandLine parse(String[] args) throws UsageException {
        String runMode = null;
        int verbosity = 0;
        String configDirectory = "./config";
        String dbDirectory = null;
        boolean help = false;
        boolean version = false;
        int i = 0;
        for (; i < args.length && args[i].startsWith("-"); i++) {
            String arg = args[i];
            if (arg.matches("-v+")) {
                verbosity += arg.length() - 1;
            } else if (arg.equals("--verbose")) {
                verbosity++;
            } else if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (arg.equals("-V") || arg.equals("--version")) {
                version = true;
            } else if (arg.equals("-r") || arg.equals("--run-mode")) {
                runMode = value(args, ++i, arg);
            } else if (arg.startsWith("--run-mode=")) {
                runMode = arg.substring("--run-mode=".length());
            } else if (arg.equals("--config-directory")) {
                configDirectory = value(args, ++i, arg);
            } else if (arg.startsWith("--config-directory=")) {
                configDirectory = arg.substring("--config-directory=".length());
            } else if (arg.equals("--db-directory")) {
                dbDirectory = value(args, ++i, arg);
            } else if (arg.startsWith("--db-directory=")) {
                dbDirectory = arg.substring("--db-directory=".length());
            } else {
                throw new UsageException("unexpected argument '" + arg + "'\n\n" + USAGE);
            }
        }
        String command = i < args.length ? args[i++] : null;
        if (runMode == null) {
            // The devnet reads config/devnet.json (if any), not the dev.json of a real deployment.
            runMode = "devnet".equals(command) ? "devnet" : "dev";
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(i, args.length));
        Map<String, Object> flags = new LinkedHashMap<>();
        if (dbDirectory != null) {
            flags.put("db_directory", dbDirectory);
        }
        if ("serve".equals(command)) {
            help |= parseServeFlags(rest, flags);
            rest = List.of();
        } else if ("devnet".equals(command)) {
            rest = parseDevnetFlags(rest, flags);
        }
        return new CommandLine(runMode, verbosity, configDirectory, dbDirectory, help, version, command, rest,
                flags);
    }

    private static boolean parseServeFlags(List<String> args, Map<String, Object> flags) throws UsageException {
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            if (arg.equals("-h") || arg.equals("--help")) {
                help = true;
            } else if (SERVE_SWITCHES.containsKey(arg)) {
                flags.put(SERVE_SWITCHES.get(arg), true);
            } else if (SERVE_VALUE_FLAGS.containsKey(name)) {
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : value(args.toArray(String[]::new), ++i, arg);
                flags.put(SERVE_VALUE_FLAGS.get(name), value);
            } else {
                throw new UsageException("unexpected argument '" + arg + "' for 'serve'\n\n" + SERVE_USAGE);
            }
        }
        return help;
    }

    /**
     * Takes the devnet flags that are configuration (<code>--server-ip</code>, <code>--server-port</code>,
     * <code>--data-dir</code>, <code>--epoch-duration-ms</code>) and returns the others for the devnet command.
     */
    private static List<String> parseDevnetFlags(List<String> args, Map<String, Object> flags)
            throws UsageException {
        List<String> rest = new ArrayList<>();
        String dataDir = "devnet-data";
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String key = switch (name) {
                case "--server-ip" -> "server_ip";
                case "--server-port" -> "server_port";
                case "--data-dir" -> "data_dir";
                case "--epoch-duration-ms" -> "devnet_epoch_duration_ms";
                default -> null;
            };
            if (name.equals("--signers")) {
                // the devnet chain needs as many pools as there are simulated signers; the command needs the count
                String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                        : value(args.toArray(String[]::new), i + 1, arg);
                flags.put("devnet_signers", value);
            }
            if (key == null) {
                rest.add(arg);
                continue;
            }
            String value = arg.contains("=") ? arg.substring(arg.indexOf('=') + 1)
                    : value(args.toArray(String[]::new), ++i, arg);
            if (key.equals("data_dir")) {
                dataDir = value;
            } else {
                flags.put(key, value);
            }
        }
        java.nio.file.Path data = java.nio.file.Path.of(dataDir).toAbsolutePath().normalize();
        flags.put("data_stores_directory", data.resolve("stores").toString());
        flags.put("snapshot_directory", data.resolve("snapshots").toString());
        return rest;
    }

    private static String value(String[] args, int index, String flag) throws UsageException {
        if (index >= args.length || args[index].startsWith("-") && args[index].length() > 1) {
            throw new UsageException("a value is required for '" + flag + "' but none was supplied");
        }
        return args[index];
    }

    /** Commands that run the HTTP server and keep running. */
    boolean isServer() {
        return "serve".equals(command) || "devnet".equals(command);
    }
}
