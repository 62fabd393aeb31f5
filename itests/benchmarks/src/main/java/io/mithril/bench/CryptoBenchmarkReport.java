package io.mithril.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the crypto benchmarks (primitives and STM operations in the same run) and prints, for each operation, its ratio
 * to its primitive floor: the sum of the primitive costs it cannot avoid. For parallel operations the floor is also
 * divided by the number of cores. Usage: {@code java -jar benchmarks.jar [--markdown FILE] [JMH include regex]}.
 */
public final class CryptoBenchmarkReport {

    private CryptoBenchmarkReport() {
    }

    public static void main(String[] args) throws Exception {
        String include = "io\\.mithril\\.bench\\..*";
        Path markdown = null;
        for (int i = 0; i < args.length; i++) {
            if ("--markdown".equals(args[i])) {
                markdown = Path.of(args[++i]);
            } else {
                include = args[i];
            }
        }
        Path fixtureFile = Path.of(System.getProperty("java.io.tmpdir"), "mithril-stm-bench-fixture-v1.bin");
        System.setProperty(StmFixture.FILE_PROPERTY, fixtureFile.toString());
        long t0 = System.nanoTime();
        StmFixture fixture = StmFixture.get();
        System.out.printf(Locale.ROOT, "fixture: %d signers, quorum of %d signatures, aggregate of %d signatures / %d "
                        + "indexes, ready in %.1f s (%s)%n", StmFixture.SIGNERS, fixture.quorum.size(),
                fixture.proof.signatures().size(), fixture.proofIndexCount(), (System.nanoTime() - t0) / 1e9, fixtureFile);

        Options options = new OptionsBuilder().include(include)
                .jvmArgsAppend("-D" + StmFixture.FILE_PROPERTY + "=" + fixtureFile).build();
        double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Collection<RunResult> results = new Runner(options).run();
        double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        Map<String, Double> best = new HashMap<>();
        Map<String, String> mean = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            String shortName = name.substring(name.lastIndexOf('.') + 1);
            best.put(shortName, bestIteration(r));
            mean.put(shortName, String.format(Locale.ROOT, "%s ± %s", fmt(r.getPrimaryResult().getScore()),
                    fmt(r.getPrimaryResult().getScoreError())));
        }
        String table = String.format(Locale.ROOT, "Load average (1 min) %.1f before, %.1f after the run. "
                + "Ratios use the best iteration of each benchmark (least disturbed by other processes).%n%n",
                loadBefore, loadAfter) + report(best, mean, fixture);
        System.out.println();
        System.out.println(table);
        if (markdown != null) {
            Files.writeString(markdown, table);
        }
    }

    private record Row(String operation, String floorFormula, double floor, boolean parallel) {
    }

    /** The lowest per-iteration score (µs/op); for single-shot runs, the fastest shot. */
    private static double bestIteration(RunResult r) {
        return r.getBenchmarkResults().stream()
                .flatMap(b -> b.getIterationResults().stream())
                .mapToDouble(i -> i.getPrimaryResult().getScore())
                .min().orElse(r.getPrimaryResult().getScore());
    }

    static String report(Map<String, Double> m, Map<String, String> mean, StmFixture f) {
        int cores = Runtime.getRuntime().availableProcessors();
        double p = m.getOrDefault("pairingCheck", Double.NaN);
        double lottery = m.getOrDefault("lotteryCheck", Double.NaN);
        double b256 = m.getOrDefault("blake2b256", Double.NaN);
        double meanIndexes = f.meanQuorumIndexCount();
        int quorum = f.quorum.size();
        int n = f.proof.signatures().size();
        long proofIndexes = f.proofIndexCount();
        long pathHashes = f.batchPathHashCount();
        double single = p + meanIndexes * lottery;
        double aggregate = m.getOrDefault("hashToG1", Double.NaN) + p
                + n * (m.getOrDefault("g1ScalarMult128", Double.NaN) + m.getOrDefault("g2ScalarMult128", Double.NaN))
                + proofIndexes * lottery + pathHashes * b256;
        // Verification keys come from the validated-key cache (they were decoded at registration), sigmas do not.
        double decode = n * m.getOrDefault("g1Decompress", Double.NaN);
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("singleSignatureVerify", String.format(Locale.ROOT, "P + %.1f L", meanIndexes), single, false));
        rows.add(new Row("aggregateQuorumReverifying", String.format(Locale.ROOT, "%d x (P + %.1f L) + %d B256", quorum,
                meanIndexes, pathHashes), quorum * single + pathHashes * b256, true));
        rows.add(new Row("aggregateQuorumVerifiedOnArrival", pathHashes + " B256", pathHashes * b256, false));
        rows.add(new Row("aggregateVerify", String.format(Locale.ROOT, "H + P + %d x (G1 + G2) + %d L + %d B256", n,
                proofIndexes, pathHashes), aggregate, true));
        rows.add(new Row("aggregateDecodeAndVerify", String.format(Locale.ROOT, "the above + %d D1", n),
                aggregate + decode, true));
        rows.add(new Row("sign", "S + " + StmFixture.MAINNET.m() + " L",
                m.getOrDefault("blsSign", Double.NaN) + StmFixture.MAINNET.m() * lottery, true));
        rows.add(new Row("registerAndClose3000", String.format(Locale.ROOT, "%d x 2 P + %d B256", StmFixture.SIGNERS,
                StmFixture.registrationTreeHashCount()),
                StmFixture.SIGNERS * 2 * p + StmFixture.registrationTreeHashCount() * b256, true));

        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Primitives (µs/op; %d cores, Java %s):%n%n", cores,
                System.getProperty("java.version")));
        sb.append("| primitive | symbol | best µs/op | mean ± 99.9% error |\n|---|---|---:|---:|\n");
        String[][] primitives = {
            {"pairingCheck", "P"}, {"hashToG1", "H"}, {"blsSign", "S"}, {"g1ScalarMult128", "G1"},
            {"g2ScalarMult128", "G2"}, {"g1Decompress", "D1"}, {"g2Decompress", "D2"}, {"lotteryCheck", "L"},
            {"blake2b512", "B512"}, {"blake2b256", "B256"}};
        for (String[] prim : primitives) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s |%n", prim[0], prim[1], fmt(m.get(prim[0])),
                    mean.getOrDefault(prim[0], "n/a")));
        }
        sb.append(String.format(Locale.ROOT, "%nOperations (ms/op) and their ratio to the primitive floor "
                + "(parallel operations also against floor / %d cores):%n%n", cores));
        sb.append("| operation | best ms | mean ± error (µs) | floor | floor ms | ratio | ratio vs floor/cores |\n");
        sb.append("|---|---:|---:|---|---:|---:|---:|\n");
        for (Row r : rows) {
            Double measured = m.get(r.operation);
            if (measured == null) {
                continue;
            }
            double ratio = measured / r.floor;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s | %.2f | %s |%n", r.operation,
                    fmt(measured / 1000), mean.get(r.operation), r.floorFormula, fmt(r.floor / 1000), ratio,
                    r.parallel ? String.format(Locale.ROOT, "%.2f", ratio * cores) : "–"));
        }
        sb.append(specComparison(m));
        return sb.toString();
    }

    /** The indicative Java costs published in spec stm.md §9, next to this run's best values. */
    private static String specComparison(Map<String, Double> m) {
        String[][] cases = {
            {"blsVerify", "BLS verify (hash_to_G1 + 2 Miller loops + final exp.)", "1000"},
            {"pairingCheck", "pairing equality e(a,b) == e(c,d)", "860"},
            {"hashToG1", "hash_to_G1", "60"},
            {"g1Decompress", "G1 decompress + subgroup check", "60"},
            {"g2Decompress", "G2 decompress + subgroup check", "80"},
            {"g1ScalarMult128", "128-bit scalar multiplication G1", "70"},
            {"g2ScalarMult128", "128-bit scalar multiplication G2", "150"},
            {"popVerify", "PoP verification", "2000"},
            {"blake2b512", "Blake2b-512 dense mapping", "0.8"},
            {"lotteryCheck", "lottery check per index (hash + decision)", "2"},
            {"singleSignatureVerify40", "40 equal signers: one single-signature verify (~95 indexes)", "1400"},
            {"aggregateVerify40", "40 equal signers: multi-signature verify (~23 signatures, ~2000 indexes)", "15000"},
            {"aggregateDecodeAndVerify40", "the same from JSON-hex (decode + verify)", "15000"},
            {"sign", "signing for one signer (16948 lottery evaluations)", "39000"}};
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "%nSide by side with the indicative Java costs of spec stm.md §9 (µs):%n%n"
                        + "| case | spec §9 | this run (best) |%n|---|---:|---:|%n"));
        for (String[] c : cases) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", c[1], c[2], fmt(m.get(c[0]))));
        }
        return sb.toString();
    }

    private static String fmt(Double v) {
        if (v == null || v.isNaN()) {
            return "n/a";
        }
        return v >= 100 ? String.format(Locale.ROOT, "%.0f", v) : v >= 10 ? String.format(Locale.ROOT, "%.1f", v)
                : String.format(Locale.ROOT, "%.3f", v);
    }
}
