package io.mithril.tools.verify;

import java.util.List;

/**
 * What a verification found.
 *
 * @param failures one line per failed certificate or artifact, naming it and giving the reason
 * @param skipped one line per artifact that could not be checked because its certificate is absent from the source
 * @param certificatesVerified certificates whose whole chain down to a genesis verified
 * @param certificatesTotal every certificate met: starting points, their ancestors and artifacts' certificates
 * @param artifactsVerified artifacts whose hash and protocol-message parts match their certificate
 * @param artifactsChecked artifacts checked (skipped ones excluded)
 */
public record VerificationReport(List<String> failures, List<String> skipped, int certificatesVerified,
        int certificatesTotal, int artifactsVerified, int artifactsChecked) {

    public VerificationReport {
        failures = List.copyOf(failures);
        skipped = List.copyOf(skipped);
    }

    /**
     * True when every certificate and every checked artifact verified, and there was at least one certificate: an
     * empty chain proves nothing, so it is not a success.
     */
    public boolean success() {
        return failures.isEmpty() && certificatesTotal > 0 && certificatesVerified == certificatesTotal;
    }

    /** {@code verified N/M certificates}. */
    public String summaryLine() {
        return "verified " + certificatesVerified + "/" + certificatesTotal + " certificates";
    }
}
