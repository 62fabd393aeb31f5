package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsAggregate;
import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsSignature;
import io.mithril.crypto.bls.BlsVerificationKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The Concatenation aggregate signature (a certificate's multi-signature): the single signatures with their
 * registration entries, and a Merkle batch path proving those entries against the AVK root. Immutable.
 */
public final class ConcatenationProof {
    /** Lottery checks are parallelised over signatures only when there are enough indexes to pay for the split. */
    private static final int PARALLEL_INDEX_THRESHOLD = 256;

    private final List<SingleSignatureWithRegisteredParty> signatures;
    private final MerkleBatchPath batchProof;

    public ConcatenationProof(List<SingleSignatureWithRegisteredParty> signatures, MerkleBatchPath batchProof) {
        this.signatures = List.copyOf(signatures);
        this.batchProof = Objects.requireNonNull(batchProof, "batchProof");
    }

    public List<SingleSignatureWithRegisteredParty> signatures() {
        return signatures;
    }

    public MerkleBatchPath batchProof() {
        return batchProof;
    }

    /**
     * Full verification (spec stm.md §5.4), in the reference's order: every index within bounds and won, indexes
     * distinct and at least k, the batch path, then the weighted aggregate BLS signature on {@code msg || root}.
     *
     * @param msg for certificates, the {@code signed_message} string as UTF-8 bytes
     * @throws StmException {@link StmError#INDEX_BOUND_FAILED}, {@link StmError#LOTTERY_LOST},
     *                      {@link StmError#INDEX_NOT_UNIQUE}, {@link StmError#NOT_ENOUGH_SIGNATURES},
     *                      {@link StmError#BATCH_PATH_INVALID}, {@link StmError#AGGREGATE_SIGNATURE_INVALID} or
     *                      {@link StmError#INVALID_PARAMETERS}
     */
    public void verify(byte[] msg, AggregateVerificationKey avk, Parameters params) throws StmException {
        params.validate();
        byte[] msgPrime = avk.messagePrime(msg);
        checkLotteries(msgPrime, avk.totalStake(), params);
        checkIndexesUniqueAndQuorum(params.k());
        List<byte[]> leaves = new ArrayList<>(signatures.size());
        for (SingleSignatureWithRegisteredParty s : signatures) {
            leaves.add(s.registrationEntry().merkleLeaf());
        }
        batchProof.verify(leaves, avk.root(), avk.nrLeaves());
        List<BlsVerificationKey> vks = new ArrayList<>(signatures.size());
        List<BlsSignature> sigmas = new ArrayList<>(signatures.size());
        for (SingleSignatureWithRegisteredParty s : signatures) {
            vks.add(s.registrationEntry().verificationKey());
            sigmas.add(s.signature().sigma());
        }
        try {
            BlsAggregate.verify(vks, sigmas, msgPrime);
        } catch (BlsException e) {
            throw new StmException(StmError.AGGREGATE_SIGNATURE_INVALID, e.getMessage(), e);
        }
    }

    /** Reports the first failure in signature order, as the sequential reference would. */
    private void checkLotteries(byte[] msgPrime, long totalStake, Parameters params) throws StmException {
        int totalIndexes = signatures.stream().mapToInt(s -> s.signature().indexCount()).sum();
        IntStream range = IntStream.range(0, signatures.size());
        Optional<StmException> failure = (totalIndexes >= PARALLEL_INDEX_THRESHOLD ? range.parallel() : range)
                .mapToObj(i -> lotteryFailure(signatures.get(i), msgPrime, totalStake, params))
                .filter(Objects::nonNull)
                .findFirst();
        if (failure.isPresent()) {
            throw failure.get();
        }
    }

    private static StmException lotteryFailure(SingleSignatureWithRegisteredParty s, byte[] msgPrime, long totalStake,
                                               Parameters params) {
        try {
            s.signature().checkIndexes(params, s.registrationEntry().stake(), totalStake, msgPrime);
            return null;
        } catch (StmException e) {
            return e;
        }
    }

    private void checkIndexesUniqueAndQuorum(long k) throws StmException {
        long[] all = signatures.stream().flatMapToLong(s -> Arrays.stream(s.signature().indexes())).toArray();
        long[] sorted = all.clone();
        Arrays.sort(sorted); // signed order is fine for detecting duplicates
        for (int i = 1; i < sorted.length; i++) {
            if (sorted[i] == sorted[i - 1]) {
                throw new StmException(StmError.INDEX_NOT_UNIQUE,
                        "lottery index " + Long.toUnsignedString(sorted[i]) + " is claimed twice");
            }
        }
        if (Long.compareUnsigned(all.length, k) < 0) {
            throw new StmException(StmError.NOT_ENOUGH_SIGNATURES,
                    all.length + " distinct indexes, k = " + Long.toUnsignedString(k));
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ConcatenationProof && signatures.equals(((ConcatenationProof) o).signatures)
                && batchProof.equals(((ConcatenationProof) o).batchProof);
    }

    @Override
    public int hashCode() {
        return signatures.hashCode() * 31 + batchProof.hashCode();
    }
}
