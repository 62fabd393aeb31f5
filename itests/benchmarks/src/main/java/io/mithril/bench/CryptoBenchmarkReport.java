package io.mithril.bench;

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
        Collection<RunResult> results = new Runner(options).run();
        Map<String, Double> micros = new HashMap<>();
        for (RunResult r : results) {
            String name = r.getParams().getBenchmark();
            micros.put(name.substring(name.lastIndexOf('.') + 1), r.getPrimaryResult().getScore());
        }
        String table = report(micros, fixture);
        System.out.println();
        System.out.println(table);
        if (markdown != null) {
            Files.writeString(markdown, table);
        }
    }

    private record Row(String operation, String floorFormula, double floor, boolean parallel) {
    }

    static String report(Map<String, Double> m, StmFixture f) {
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
        double decode = n * (m.getOrDefault("g1Decompress", Double.NaN) + m.getOrDefault("g2Decompress", Double.NaN));
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("singleSignatureVerify", String.format(Locale.ROOT, "P + %.1f L", meanIndexes), single, false));
        rows.add(new Row("aggregateQuorumReverifying", String.format(Locale.ROOT, "%d x (P + %.1f L) + %d B256", quorum,
                meanIndexes, pathHashes), quorum * single + pathHashes * b256, true));
        rows.add(new Row("aggregateQuorumVerifiedOnArrival", pathHashes + " B256", pathHashes * b256, false));
        rows.add(new Row("aggregateVerify", String.format(Locale.ROOT, "H + P + %d x (G1 + G2) + %d L + %d B256", n,
                proofIndexes, pathHashes), aggregate, true));
        rows.add(new Row("aggregateDecodeAndVerify", String.format(Locale.ROOT, "the above + %d x (D1 + D2)", n),
                aggregate + decode, true));
        rows.add(new Row("sign", "S + " + StmFixture.MAINNET.m() + " L",
                m.getOrDefault("blsSign", Double.NaN) + StmFixture.MAINNET.m() * lottery, true));
        rows.add(new Row("registerAndClose3000", String.format(Locale.ROOT, "%d x 2 P + %d B256", StmFixture.SIGNERS,
                StmFixture.registrationTreeHashCount()),
                StmFixture.SIGNERS * 2 * p + StmFixture.registrationTreeHashCount() * b256, true));

        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Primitives (µs/op; %d cores, Java %s):%n%n", cores,
                System.getProperty("java.version")));
        sb.append("| primitive | symbol | µs/op |\n|---|---|---:|\n");
        String[][] primitives = {
            {"pairingCheck", "P"}, {"hashToG1", "H"}, {"blsSign", "S"}, {"g1ScalarMult128", "G1"},
            {"g2ScalarMult128", "G2"}, {"g1Decompress", "D1"}, {"g2Decompress", "D2"}, {"lotteryCheck", "L"},
            {"blake2b512", "B512"}, {"blake2b256", "B256"}};
        for (String[] prim : primitives) {
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s |%n", prim[0], prim[1], fmt(m.get(prim[0]))));
        }
        sb.append(String.format(Locale.ROOT, "%nOperations (ms/op) and their ratio to the primitive floor "
                + "(parallel operations also against floor / %d cores):%n%n", cores));
        sb.append("| operation | measured ms | floor | floor ms | ratio | ratio vs floor/cores |\n");
        sb.append("|---|---:|---|---:|---:|---:|\n");
        for (Row r : rows) {
            Double measured = m.get(r.operation);
            if (measured == null) {
                continue;
            }
            double ratio = measured / r.floor;
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.2f | %s |%n", r.operation, fmt(measured / 1000),
                    r.floorFormula, fmt(r.floor / 1000), ratio,
                    r.parallel ? String.format(Locale.ROOT, "%.2f", ratio * cores) : "–"));
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
