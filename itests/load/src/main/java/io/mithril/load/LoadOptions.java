package io.mithril.load;

import java.time.Duration;
import java.util.List;

import io.mithril.chain.devnet.DevnetPools;

/**
 * The load tool's command line. Defaults follow the reference's stress tool where it has one (its fixture's protocol
 * parameters k=2422, m=20973, phi_f=0.2; the end-to-end run interval of 125 ms).
 */
record LoadOptions(int signers, int clients, long k, long m, double phiF, Duration runInterval,
        Duration readPhase, Duration timeout, String seed) {
    static final int MAX_SIGNERS = 3000;

    static final String USAGE = String.join("\n",
            "Usage: load [OPTIONS]   (mvn -pl itests/load exec:exec -Dload.args=\"OPTIONS\")",
            "",
            "Starts an aggregator in-process on a loopback port (SQLite in a temporary directory, devnet chain whose",
            "epochs the tool moves) and measures it over HTTP with S devnet signers and C concurrent clients.",
            "",
            "Options:",
            "  --signers <S>          signers, 1.." + MAX_SIGNERS + " [default: 1000]",
            "  --clients <C>          concurrent HTTP clients, 1..256 [default: 8]",
            "  --k <K> --m <M> --phi-f <F>  protocol parameters [default: 2422, 20973, 0.2]",
            "  --run-interval-ms <MS> aggregator runtime tick [default: 125]",
            "  --read-seconds <T>     length of each read-throughput phase [default: 5]",
            "  --timeout-minutes <N>  abort after this long [default: 30]",
            "  --seed <TEXT>          devnet pool seed [default: " + DevnetPools.DEFAULT_SEED + "]");

    static LoadOptions parse(List<String> args) {
        int signers = 1000;
        int clients = 8;
        long k = 2422;
        long m = 20973;
        double phiF = 0.2;
        long runIntervalMs = 125;
        long readSeconds = 5;
        long timeoutMinutes = 30;
        String seed = DevnetPools.DEFAULT_SEED;
        for (int i = 0; i < args.size(); i++) {
            String name = args.get(i);
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException("a value is required for '" + name + "'");
            }
            String value = args.get(++i);
            switch (name) {
                case "--signers" -> signers = (int) number(name, value, 1, MAX_SIGNERS);
                case "--clients" -> clients = (int) number(name, value, 1, 256);
                case "--k" -> k = number(name, value, 1, Long.MAX_VALUE);
                case "--m" -> m = number(name, value, 1, 1_000_000);
                case "--phi-f" -> phiF = fraction(name, value);
                case "--run-interval-ms" -> runIntervalMs = number(name, value, 10, 60_000);
                case "--read-seconds" -> readSeconds = number(name, value, 1, 600);
                case "--timeout-minutes" -> timeoutMinutes = number(name, value, 1, 24 * 60);
                case "--seed" -> seed = value;
                default -> throw new IllegalArgumentException("unexpected argument '" + name + "'");
            }
        }
        if (k > m) {
            throw new IllegalArgumentException("--k must not exceed --m");
        }
        return new LoadOptions(signers, clients, k, m, phiF, Duration.ofMillis(runIntervalMs),
                Duration.ofSeconds(readSeconds), Duration.ofMinutes(timeoutMinutes), seed);
    }

    private static long number(String name, String text, long min, long max) {
        try {
            long value = Long.parseLong(text.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid value '" + text + "' for '" + name + "': expected " + min + ".."
                + max);
    }

    private static double fraction(String name, String text) {
        try {
            double value = Double.parseDouble(text.trim());
            if (value > 0 && value <= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("invalid value '" + text + "' for '" + name + "': expected ]0, 1]");
    }
}
