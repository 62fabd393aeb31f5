package io.mithril.crypto.cardano;

import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.kes.KesVerificationException;

/**
 * Binds a KES-signed message to a stake pool: checks the operational certificate, then the KES signature with the
 * certificate's KES key, and returns the pool id (the Mithril party id). Stateless and thread-safe.
 */
public final class SignerCertification {
    private SignerCertification() {
    }

    /**
     * The signer-registration check (aggregator.md §1.3, Rust {@code KesVerifierStandard}): the evolution is
     * recomputed as {@code currentKesPeriod − opcert.startKesPeriod} and, like the reference, the signature is
     * accepted at evolution {@code e−1} or {@code e} (the Rust loop {@code max(0,e−1)..min(64,e+1)} is half-open).
     *
     * @param message the signed bytes (for a registration: the 192 raw bytes of the STM verification key + PoP)
     * @param currentKesPeriod the chain's current absolute KES period ({@code slot / slotsPerKESPeriod})
     */
    public static PoolId verifyRegistration(byte[] message, KesSignature signature, OperationalCertificate opcert,
            long currentKesPeriod) throws SignerCertificationException {
        if (Long.compareUnsigned(currentKesPeriod, opcert.startKesPeriod()) < 0) {
            throw new SignerCertificationException(SignerCertificationException.Reason.KES_PERIOD_BEFORE_OPCERT_START,
                    "current KES period " + Long.toUnsignedString(currentKesPeriod) + " precedes opcert start "
                            + Long.toUnsignedString(opcert.startKesPeriod()));
        }
        return verifyRegistrationAtEvolutions(message, signature, opcert, currentKesPeriod - opcert.startKesPeriod());
    }

    /**
     * As {@link #verifyRegistration} but with the evolutions already known (e.g. a stored {@code kes_period}, which
     * in Mithril messages counts evolutions since the opcert start, not an absolute period).
     */
    public static PoolId verifyRegistrationAtEvolutions(byte[] message, KesSignature signature,
            OperationalCertificate opcert, long kesEvolutions) throws SignerCertificationException {
        opcert.verify();
        long first = kesEvolutions <= 0 ? 0 : kesEvolutions - 1;
        long endExclusive = Math.min(KesSecretKey.PERIODS, kesEvolutions + 1);
        if (kesEvolutions < 0 || first >= endExclusive) {
            throw new SignerCertificationException(SignerCertificationException.Reason.KES_PERIOD_OUT_OF_RANGE,
                    "KES evolutions " + kesEvolutions + " outside 0.." + KesSecretKey.PERIODS);
        }
        for (long t = first; t < endExclusive; t++) {
            if (opcert.kesVerificationKey().isValid((int) t, message, signature)) {
                return opcert.poolId();
            }
        }
        throw new SignerCertificationException(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                "KES signature invalid: evolutions=" + kesEvolutions + ", opcert start KES period="
                        + Long.toUnsignedString(opcert.startKesPeriod()));
    }

    /**
     * The exact DMQ check (dmq.md §3.1, §4.1 steps 5, 8, 9): {@code start ≤ kesPeriod < start + maxKesEvolutions},
     * valid opcert, KES signature at evolution {@code kesPeriod − start}.
     *
     * @param kesPeriod the absolute KES period carried by the message
     * @param maxKesEvolutions the Shelley genesis {@code maxKESEvolutions} (62 on public networks), at most 64
     */
    public static PoolId verifyAtKesPeriod(byte[] message, KesSignature signature, OperationalCertificate opcert,
            long kesPeriod, int maxKesEvolutions) throws SignerCertificationException {
        if (Long.compareUnsigned(kesPeriod, opcert.startKesPeriod()) < 0) {
            throw new SignerCertificationException(SignerCertificationException.Reason.KES_PERIOD_BEFORE_OPCERT_START,
                    "KES period " + Long.toUnsignedString(kesPeriod) + " precedes opcert start "
                            + Long.toUnsignedString(opcert.startKesPeriod()));
        }
        long evolution = kesPeriod - opcert.startKesPeriod();
        int limit = Math.min(maxKesEvolutions, KesSecretKey.PERIODS);
        if (Long.compareUnsigned(evolution, limit) >= 0) {
            throw new SignerCertificationException(SignerCertificationException.Reason.KES_PERIOD_OUT_OF_RANGE,
                    "KES evolution " + Long.toUnsignedString(evolution) + " not below " + limit);
        }
        opcert.verify();
        try {
            opcert.kesVerificationKey().verify((int) evolution, message, signature);
        } catch (KesVerificationException e) {
            throw new SignerCertificationException(SignerCertificationException.Reason.KES_SIGNATURE_INVALID,
                    "KES signature invalid at evolution " + evolution + ": " + e.getMessage(), e);
        }
        return opcert.poolId();
    }
}
