package io.mithril.load;

import java.io.PrintStream;
import java.util.Locale;

/**
 * Prints a run's figures as Markdown, each next to the crypto floor measured in the same run: the one-thread cost of
 * the cryptography the aggregator cannot skip for that work (count × per-item floor). Ratio = measured wall time /
 * floor; below 1 means the work was spread over several cores.
 */
final class LoadReport {
    private LoadReport() {
    }

    static void print(LoadResults r, String command, PrintStream out) {
        LoadOptions o = r.options;
        out.println();
        out.printf(Locale.ROOT, "### %d signers, %d clients (k=%d, m=%d, phi_f=%s, run interval %d ms)%n%n",
                o.signers(), o.clients(), o.k(), o.m(), o.phiF(), o.runInterval().toMillis());
        out.printf(Locale.ROOT, "Machine: %d cores available to the JVM, Java %s, max heap %d MiB, load average %.2f at"
                + " the end. Command: `%s`%n%n", Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"), Runtime.getRuntime().maxMemory() / (1024 * 1024),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), command);
        out.println("| Measure | Result | Crypto floor (1 thread) | Ratio |");
        out.println("|---|---|---|---|");
        for (LoadResults.Registrations reg : r.registrations) {
            Burst.Result b = reg.burst();
            long floor = reg.floorNanosEach() * b.answers().size();
            out.printf(Locale.ROOT, "| Registrations for epoch %d | %d in %.2f s = **%.0f/s** (%s; %s) | %d × %.2f ms"
                    + " = %.2f s (opcert + KES + PoP) | %.2f |%n", reg.registrationEpoch(), b.answers().size(),
                    seconds(b.wallNanos()), b.perSecond(), b.statusCounts(), b.latencies(), b.answers().size(),
                    reg.floorNanosEach() / 1e6, seconds(floor), (double) b.wallNanos() / floor);
        }
        // the epoch data holds two STM registrations (current and next signers), each re-checking every key
        double transitionFloorSeconds = 2 * o.signers() * registrationFloorMs(r) / 1e3;
        out.printf(Locale.ROOT, "| Epoch change to the first open message (epoch data of %d signers) | %.2f s | 2 × %d"
                + " × %.2f ms = %.2f s (current and next registrations re-checked) | %.2f |%n", o.signers(),
                seconds(r.epochTransitionNanos), o.signers(), registrationFloorMs(r), transitionFloorSeconds,
                seconds(r.epochTransitionNanos) / transitionFloorSeconds);
        for (LoadResults.Signatures sig : r.signatures) {
            Burst.Result b = sig.burst();
            long floor = sig.floorNanosEach() * b.answers().size();
            out.printf(Locale.ROOT, "| Signatures %s | %d in %.2f s = **%.0f/s** (%s; %s) | %d × %.2f ms = %.2f s"
                    + " (BLS + lottery) | %.2f |%n", sig.signedEntityType(), b.answers().size(), seconds(b.wallNanos()),
                    b.perSecond(), b.statusCounts(), b.latencies(), b.answers().size(), sig.floorNanosEach() / 1e6,
                    seconds(floor), (double) b.wallNanos() / floor);
            out.printf(Locale.ROOT, "| Quorum → certificate %s | **%.0f ms** (quorum %.0f ms and certificate listed"
                    + " %.0f ms after the burst start) | %.0f ms (multi-signature verification) | %.2f |%n",
                    sig.signedEntityType(), sig.quorumToCertificateNanos() / 1e6, sig.quorumNanos() / 1e6,
                    sig.certificateNanos() / 1e6, sig.floorNanosCertificate() / 1e6,
                    (double) sig.quorumToCertificateNanos() / sig.floorNanosCertificate());
        }
        out.println();
        out.println("| Read route | Requests/s | MB/s | Latency | Errors |");
        out.println("|---|---|---|---|---|");
        for (ReadLoad.Result read : r.reads) {
            out.printf(Locale.ROOT, "| `GET /%s` | **%.0f** | %.1f | %s | %d |%n", shorten(read.route()),
                    read.perSecond(), read.megabytesPerSecond(), read.latencies(), read.errors());
        }
        out.println();
    }

    private static double registrationFloorMs(LoadResults r) {
        return r.registrations.stream().mapToLong(LoadResults.Registrations::floorNanosEach).min().orElse(0) / 1e6;
    }

    private static String shorten(String route) {
        int slash = route.lastIndexOf('/');
        return slash > 0 && route.length() - slash > 40 ? route.substring(0, slash + 1) + "{hash}" : route;
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }
}
