package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.bls.BlsSignature;
import io.mithril.crypto.stm.internal.DenseMapping;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.IntStream;

/** A registered party that signs: BLS signature on {@code msg || root}, then the lottery over all m indexes. */
public final class StmSigner {
    /** Lottery indexes per parallel task: large enough to amortise the task, small enough to balance two cores. */
    private static final int CHUNK = 1024;

    private final Parameters params;
    private final BlsSecretKey secretKey;
    private final AggregateVerificationKey avk;
    private final long signerIndex;
    private final long stake;

    /**
     * @throws StmException {@link StmError#UNREGISTERED_PARTY} if the key of {@code secretKey} is not in
     *                      {@code registration}, {@link StmError#INVALID_PARAMETERS} for unusable parameters
     */
    public StmSigner(Parameters params, BlsSecretKey secretKey, ClosedKeyRegistration registration) throws StmException {
        params.validate();
        if (params.m() < 0 || params.m() > Integer.MAX_VALUE) {
            throw new StmException(StmError.INVALID_PARAMETERS, "m too large to sign: " + Long.toUnsignedString(params.m()));
        }
        this.params = params;
        this.secretKey = secretKey;
        this.avk = registration.aggregateVerificationKey();
        this.signerIndex = registration.signerIndexOf(secretKey.verificationKey());
        this.stake = registration.entry(signerIndex).stake();
    }

    public long signerIndex() {
        return signerIndex;
    }

    /**
     * Signs {@code msg}; empty when no lottery index is won (the party then has nothing to contribute).
     */
    public Optional<SingleSignature> sign(byte[] msg) throws StmException {
        byte[] msgPrime = avk.messagePrime(msg);
        BlsSignature sigma = secretKey.sign(msgPrime);
        Lottery lottery = Lottery.of(params.phiF(), stake, avk.totalStake());
        long[] won = wonIndexes(lottery, msgPrime, sigma.toBytes());
        if (won.length == 0) {
            return Optional.empty();
        }
        return Optional.of(new SingleSignature(sigma, won, signerIndex));
    }

    private long[] wonIndexes(Lottery lottery, byte[] msgPrime, byte[] sigma) {
        int m = (int) params.m();
        int chunks = (m + CHUNK - 1) / CHUNK;
        IntStream tasks = IntStream.range(0, chunks);
        return (chunks > 1 ? tasks.parallel() : tasks)
                .mapToObj(c -> wonInRange(lottery, msgPrime, sigma, c * CHUNK, Math.min(m, (c + 1) * CHUNK)))
                .flatMapToLong(Arrays::stream)
                .toArray();
    }

    private static long[] wonInRange(Lottery lottery, byte[] msgPrime, byte[] sigma, int from, int to) {
        DenseMapping mapping = new DenseMapping(msgPrime, sigma);
        byte[] ev = new byte[64];
        return IntStream.range(from, to).filter(i -> {
            mapping.evaluate(i, ev);
            return lottery.isWon(ev);
        }).asLongStream().toArray();
    }
}
