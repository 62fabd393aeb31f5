package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsHashedMessage;
import io.mithril.crypto.bls.BlsSignature;
import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.stm.internal.DenseMapping;
import java.util.Arrays;

/**
 * A signer's contribution: the BLS signature {@code sigma} on {@code msg' = msg || AVK root}, the lottery indexes it
 * won (unsigned, in the order produced) and its {@code signer_index} in the closed registration. Immutable.
 */
public final class SingleSignature {
    private final BlsSignature sigma;
    private final long[] indexes;
    private final long signerIndex;

    public SingleSignature(BlsSignature sigma, long[] indexes, long signerIndex) {
        if (sigma == null) {
            throw new NullPointerException("sigma");
        }
        this.sigma = sigma;
        this.indexes = indexes.clone();
        this.signerIndex = signerIndex;
    }

    public BlsSignature sigma() {
        return sigma;
    }

    public long[] indexes() {
        return indexes.clone();
    }

    public int indexCount() {
        return indexes.length;
    }

    public long signerIndex() {
        return signerIndex;
    }

    /** The same signature claiming other indexes (the clerk drops indexes lost to conflicts). */
    SingleSignature withIndexes(long[] kept) {
        return new SingleSignature(sigma, kept, signerIndex);
    }

    /**
     * Full single-signature verification (spec stm.md §4): the BLS signature on {@code msg || avk.root} under
     * {@code vk}, then every claimed index within bounds and won for {@code stake} out of the AVK's total stake.
     *
     * @throws StmException {@link StmError#SIGNATURE_INVALID}, {@link StmError#INDEX_BOUND_FAILED},
     *                      {@link StmError#LOTTERY_LOST} or {@link StmError#INVALID_PARAMETERS}
     */
    public void verify(Parameters params, BlsVerificationKey vk, long stake, AggregateVerificationKey avk, byte[] msg)
            throws StmException {
        byte[] msgPrime = avk.messagePrime(msg);
        verify(params, vk, stake, avk.totalStake(), msgPrime, BlsHashedMessage.of(msgPrime));
    }

    void verify(Parameters params, BlsVerificationKey vk, long stake, long totalStake, byte[] msgPrime,
                BlsHashedMessage hashedMsgPrime) throws StmException {
        params.validate();
        try {
            sigma.verify(hashedMsgPrime, vk);
        } catch (BlsException e) {
            throw new StmException(StmError.SIGNATURE_INVALID, e.getMessage(), e);
        }
        checkIndexes(params, stake, totalStake, msgPrime);
    }

    /**
     * The lottery part of verification: each index at most m (the reference accepts index == m) and won.
     */
    void checkIndexes(Parameters params, long stake, long totalStake, byte[] msgPrime) throws StmException {
        Lottery lottery = Lottery.of(params.phiF(), stake, totalStake);
        DenseMapping mapping = new DenseMapping(msgPrime, sigma.toBytes());
        byte[] ev = new byte[64];
        for (long index : indexes) {
            if (Long.compareUnsigned(index, params.m()) > 0) {
                throw new StmException(StmError.INDEX_BOUND_FAILED, "index " + Long.toUnsignedString(index)
                        + " exceeds m = " + Long.toUnsignedString(params.m()));
            }
            mapping.evaluate(index, ev);
            if (!lottery.isWon(ev)) {
                throw new StmException(StmError.LOTTERY_LOST, "lottery index " + Long.toUnsignedString(index)
                        + " is not won by signer " + Long.toUnsignedString(signerIndex));
            }
        }
    }

    @Override
    public boolean equals(Object o) {
        if (!(o instanceof SingleSignature)) {
            return false;
        }
        SingleSignature other = (SingleSignature) o;
        return signerIndex == other.signerIndex && sigma.equals(other.sigma) && Arrays.equals(indexes, other.indexes);
    }

    @Override
    public int hashCode() {
        return sigma.hashCode() * 31 + Arrays.hashCode(indexes) + Long.hashCode(signerIndex);
    }

    @Override
    public String toString() {
        return "SingleSignature[" + sigma + ", indexes=" + indexes.length + ", signerIndex="
                + Long.toUnsignedString(signerIndex) + "]";
    }
}
