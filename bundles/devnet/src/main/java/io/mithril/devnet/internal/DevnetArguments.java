package io.mithril.devnet.internal;

import java.time.Duration;
import java.util.List;

/**
 * The <code>devnet</code> command line: <code>[--signers N] [--cycle-ms MS] [--followers N] [--dmq]
 * [-h|--help]</code>.
 */
record DevnetArguments(int signers, Duration cycle, int followers, boolean dmq, boolean help) {
    static final int DEFAULT_SIGNERS = 10;
    static final int MAX_SIGNERS = 10_000;
    static final long DEFAULT_CYCLE_MS = 1_000;
    /** Each follower is a JVM of its own: a handful is what a developer machine runs. */
    static final int MAX_FOLLOWERS = 16;

    /** The old form, leader only and HTTP publishing. */
    DevnetArguments(int signers, Duration cycle, boolean help) {
        this(signers, cycle, 0, false, help);
    }

    /** Followers only receive signatures over DMQ, so followers imply DMQ publishing. */
    boolean publishesOverDmq() {
        return dmq || followers > 0;
    }

    static final String USAGE = String.join("\n",
            "Runs a local devnet: the aggregator on a simulated chain, with simulated signers",
            "",
            "Usage: mithril-aggregator devnet [OPTIONS]",
            "",
            "Options:",
            "      --signers <N>    Number of simulated signers, operating devnet pools 0..N-1 [default: 10]",
            "      --cycle-ms <MS>  Pause between two signer cycles, in milliseconds [default: 1000]",
            "      --followers <N>  Follower aggregators run as child processes (serve) on ports PORT+1..PORT+N,",
            "                       data in DATA_DIR/follower-i; implies --dmq [default: 0]",
            "      --dmq            Run a DMQ relay on DATA_DIR/dmq.socket; the signers publish through it, then",
            "                       over HTTP to the leader",
            "  -h, --help           Print help");

    /** A command-line mistake; the command prints it with the usage and exits with 2. */
    static final class UsageException extends Exception {
        private static final long serialVersionUID = 1L;

        UsageException(String message) {
            super(message);
        }
    }

    static DevnetArguments parse(List<String> args) throws UsageException {
        int signers = DEFAULT_SIGNERS;
        long cycleMs = DEFAULT_CYCLE_MS;
        int followers = 0;
        boolean dmq = false;
        boolean help = false;
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            String name = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            switch (name) {
                case "-h", "--help" -> help = true;
                case "--dmq" -> dmq = true;
                case "--followers" -> {
                    followers = (int) number(name, value(args, i, arg), 0, MAX_FOLLOWERS);
                    i += arg.contains("=") ? 0 : 1;
                }
                case "--signers" -> {
                    signers = (int) number(name, value(args, i, arg), 1, MAX_SIGNERS);
                    i += arg.contains("=") ? 0 : 1;
                }
                case "--cycle-ms" -> {
                    cycleMs = number(name, value(args, i, arg), 10, 600_000);
                    i += arg.contains("=") ? 0 : 1;
                }
                default -> throw new UsageException("unexpected argument '" + arg + "'");
            }
        }
        return new DevnetArguments(signers, Duration.ofMillis(cycleMs), followers, dmq, help);
    }

    private static String value(List<String> args, int i, String arg) throws UsageException {
        if (arg.contains("=")) {
            return arg.substring(arg.indexOf('=') + 1);
        }
        if (i + 1 >= args.size()) {
            throw new UsageException("a value is required for '" + arg + " <value>'");
        }
        return args.get(i + 1);
    }

    private static long number(String name, String text, long min, long max) throws UsageException {
        long value;
        try {
            value = Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new UsageException("invalid value '" + text + "' for '" + name + "': not a number");
        }
        if (value < min || value > max) {
            throw new UsageException("invalid value '" + text + "' for '" + name + "': must be between " + min
                    + " and " + max);
        }
        return value;
    }
}
