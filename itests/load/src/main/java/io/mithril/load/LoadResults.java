package io.mithril.load;

import java.util.ArrayList;
import java.util.List;

/** What a load run measured, filled phase by phase. */
final class LoadResults {
    /** A registration burst and the one-thread cost of checking one registration. */
    record Registrations(long registrationEpoch, Burst.Result burst, long floorNanosEach) {
    }

    /**
     * A signature burst for one open message: when (relative to the burst start) the accepted signatures first held
     * k distinct lottery indexes, when the certificate was first listed, and the one-thread floors: verifying one
     * single signature, aggregating and verifying the certificate's multi-signature.
     */
    record Signatures(String signedEntityType, Burst.Result burst, long quorumNanos, long certificateNanos,
            long floorNanosEach, long floorNanosCertificate) {
        long quorumToCertificateNanos() {
            return certificateNanos - quorumNanos;
        }
    }

    final LoadOptions options;
    final List<Registrations> registrations = new ArrayList<>();
    final List<Signatures> signatures = new ArrayList<>();
    final List<ReadLoad.Result> reads = new ArrayList<>();
    long epochTransitionNanos;
    long fixtureNanos;

    LoadResults(LoadOptions options) {
        this.options = options;
    }
}
