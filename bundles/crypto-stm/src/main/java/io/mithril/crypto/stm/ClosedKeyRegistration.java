package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsVerificationKey;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A closed key registration: the parties in registration order (a party's position is its {@code signer_index}),
 * the total stake, the Merkle tree over {@code vk || u64be(stake)} leaves and the aggregate verification key.
 * Immutable.
 */
public final class ClosedKeyRegistration {
    private final List<RegistrationEntry> entries;
    private final Map<BlsVerificationKey, Integer> indexByKey;
    private final long totalStake;
    private final MerkleTree tree;
    private final AggregateVerificationKey avk;

    private ClosedKeyRegistration(List<RegistrationEntry> entries, long totalStake) {
        this.entries = entries;
        this.totalStake = totalStake;
        this.indexByKey = new HashMap<>();
        List<byte[]> leaves = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            indexByKey.put(entries.get(i).verificationKey(), i);
            leaves.add(entries.get(i).merkleLeaf());
        }
        this.tree = new MerkleTree(leaves);
        this.avk = new AggregateVerificationKey(tree.root(), entries.size(), totalStake);
    }

    /**
     * Closes over distinct-key entries given in any order.
     *
     * @throws StmException {@link StmError#EMPTY_REGISTRATION}, {@link StmError#STAKE_OVERFLOW} or
     *                      {@link StmError#KEY_ALREADY_REGISTERED} for a repeated key
     */
    public static ClosedKeyRegistration of(List<RegistrationEntry> unordered) throws StmException {
        if (unordered.isEmpty()) {
            throw new StmException(StmError.EMPTY_REGISTRATION, "no party registered");
        }
        List<RegistrationEntry> ordered = new ArrayList<>(unordered);
        ordered.sort(RegistrationEntry.REGISTRATION_ORDER);
        long total = 0;
        for (int i = 0; i < ordered.size(); i++) {
            RegistrationEntry e = ordered.get(i);
            if (i > 0 && e.verificationKey().equals(ordered.get(i - 1).verificationKey())) {
                throw new StmException(StmError.KEY_ALREADY_REGISTERED, "already registered: " + e.verificationKey());
            }
            long sum = total + e.stake();
            if (Long.compareUnsigned(sum, total) < 0) {
                throw new StmException(StmError.STAKE_OVERFLOW, "total stake exceeds 2^64 - 1");
            }
            total = sum;
        }
        if (total == 0) {
            throw new StmException(StmError.EMPTY_REGISTRATION, "total stake is zero");
        }
        return new ClosedKeyRegistration(List.copyOf(ordered), total);
    }

    /** Entries in registration order. */
    public List<RegistrationEntry> entries() {
        return entries;
    }

    public int size() {
        return entries.size();
    }

    public long totalStake() {
        return totalStake;
    }

    public AggregateVerificationKey aggregateVerificationKey() {
        return avk;
    }

    public MerkleTree merkleTree() {
        return tree;
    }

    /**
     * The entry at {@code signerIndex} (unsigned).
     *
     * @throws StmException {@link StmError#UNREGISTERED_PARTY} if out of range
     */
    public RegistrationEntry entry(long signerIndex) throws StmException {
        if (signerIndex < 0 || signerIndex >= entries.size()) {
            throw new StmException(StmError.UNREGISTERED_PARTY,
                    "no registered party at signer index " + Long.toUnsignedString(signerIndex));
        }
        return entries.get((int) signerIndex);
    }

    /**
     * The signer index of a registered key.
     *
     * @throws StmException {@link StmError#UNREGISTERED_PARTY} if the key is not registered
     */
    public int signerIndexOf(BlsVerificationKey key) throws StmException {
        Integer index = indexByKey.get(key);
        if (index == null) {
            throw new StmException(StmError.UNREGISTERED_PARTY, "not registered: " + key);
        }
        return index;
    }
}
