package io.mithril.load;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.cardano.SignerCertification;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.chain.StmMultiSignatureVerifier;
import io.mithril.domain.message.RegisterSignerMessage;

/**
 * The cryptographic work the aggregator cannot avoid, timed on this machine in the same run and on the same data as
 * the load: what one registration, one single signature and one certificate cost at least, on one thread. The median
 * of a sample is used, so a burst's wall time can be compared with count × floor.
 */
final class CryptoFloor {
    private static final int SAMPLE = 200;

    private CryptoFloor() {
    }

    /** Median nanoseconds to check one registration: opcert, KES signature, proof of possession. */
    static long registration(List<RegisterSignerMessage> bodies, long kesPeriod) throws Exception {
        List<RegisterSignerMessage> sample = sample(bodies);
        long[] nanos = new long[sample.size()];
        for (int round = 0; round < 3; round++) { // the first rounds warm the JIT up
            for (int i = 0; i < sample.size(); i++) {
                RegisterSignerMessage body = sample.get(i);
                long start = System.nanoTime();
                BlsVerificationKeyProofOfPossession key = StmJsonHex.decodeVerificationKeyProofOfPossession(
                        body.verificationKey());
                SignerCertification.verifyRegistration(key.toBytes(), KesSignature.decode(
                        body.verificationKeySignature()), OperationalCertificate.decode(body.operationalCertificate()),
                        kesPeriod);
                key.verify();
                nanos[i] = System.nanoTime() - start;
            }
        }
        return median(nanos);
    }

    /** Median nanoseconds to verify one single signature against the epoch's registration (BLS + lottery). */
    static long singleSignature(Clerk clerk, List<SingleSignature> signatures, byte[] message) throws Exception {
        List<SingleSignature> sample = sample(signatures);
        long[] nanos = new long[sample.size()];
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < sample.size(); i++) {
                long start = System.nanoTime();
                clerk.verify(sample.get(i), message);
                nanos[i] = System.nanoTime() - start;
            }
        }
        return median(nanos);
    }

    /**
     * Nanoseconds to verify the certificate's multi-signature (best of 3), which the aggregator must do before storing
     * it; aggregating verified signatures is only index selection and a Merkle batch path, so it is left out.
     */
    static long certificate(Clerk clerk, List<SingleSignature> signatures, byte[] message,
            ProtocolParameters parameters) throws Exception {
        String avk = StmJsonHex.encode(clerk.aggregateVerificationKey());
        String multiSignature = StmJsonHex.encode(clerk.aggregate(signatures, message));
        long best = Long.MAX_VALUE;
        for (int round = 0; round < 3; round++) {
            long start = System.nanoTime();
            new StmMultiSignatureVerifier().verify(message, multiSignature, avk, parameters);
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static <T> List<T> sample(List<T> all) {
        if (all.size() <= SAMPLE) {
            return all;
        }
        List<T> sample = new ArrayList<>(SAMPLE);
        for (int i = 0; i < SAMPLE; i++) {
            sample.add(all.get((int) ((long) i * all.size() / SAMPLE)));
        }
        return sample;
    }

    static long median(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
