package io.mithril.tools.verify;

import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.domain.chain.CertificateRetriever;
import io.mithril.domain.chain.CertificateVerificationException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Walks certificates back to their genesis with the domain verifier, verifying each certificate and each link once:
 * a walk stops at the first certificate already judged, so a whole data set costs one verification per certificate.
 * A certificate is valid iff its own checks, its link to its parent and its parent's chain are valid.
 */
final class CertificateWalks {
    /** The judgement of one certificate; {@code brokenAt} is the certificate whose own check failed. */
    record Outcome(boolean valid, String reason, String brokenAt) {
        static final Outcome VALID = new Outcome(true, "", "");
    }

    private final CertificateRetriever retriever;
    private final CertificateChainVerifier verifier;
    private final Map<String, Outcome> outcomes = new LinkedHashMap<>();

    CertificateWalks(CertificateRetriever retriever, CertificateChainVerifier verifier) {
        this.retriever = retriever;
        this.verifier = verifier;
    }

    /** Judges a certificate (and every certificate on its way to the genesis). */
    Outcome walk(String start) {
        List<String> passed = new ArrayList<>();
        String current = start;
        while (!outcomes.containsKey(current)) {
            Optional<String> parent;
            try {
                Certificate certificate = retriever.retrieve(current);
                parent = verifier.verifyCertificate(certificate).map(Certificate::hash);
            } catch (CertificateRetrievalException e) {
                outcomes.put(current, new Outcome(false, "cannot be retrieved: " + e.getMessage(), current));
                break;
            } catch (CertificateVerificationException e) {
                outcomes.put(current, new Outcome(false, e.getMessage(), current));
                break;
            }
            if (parent.isEmpty()) {
                outcomes.put(current, Outcome.VALID);
                break;
            }
            passed.add(current);
            current = parent.get();
        }
        Outcome ancestor = outcomes.get(current);
        for (int i = passed.size() - 1; i >= 0; i--) {
            outcomes.put(passed.get(i), ancestor.valid() ? Outcome.VALID : new Outcome(false,
                    "its chain is broken at " + ancestor.brokenAt() + " (" + ancestor.reason() + ")",
                    ancestor.brokenAt()));
        }
        return outcomes.get(start);
    }

    /** Every certificate judged so far, in the order they were met. */
    Map<String, Outcome> outcomes() {
        return outcomes;
    }
}
