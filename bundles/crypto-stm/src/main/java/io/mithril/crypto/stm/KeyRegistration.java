package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An open key registration for one epoch: each party registers its verification key (with a valid proof of
 * possession) and stake once; {@link #close()} orders the parties and commits to them. Thread-safe.
 */
public final class KeyRegistration {
    private final Map<BlsVerificationKey, Long> stakes = new LinkedHashMap<>();

    /**
     * Checks the proof of possession (the expensive part, done outside the lock) and registers the key.
     *
     * @throws StmException {@link StmError#PROOF_OF_POSSESSION_INVALID}, or {@link StmError#KEY_ALREADY_REGISTERED}
     */
    public void register(BlsVerificationKeyProofOfPossession key, long stake) throws StmException {
        try {
            key.verify();
        } catch (BlsException e) {
            throw new StmException(StmError.PROOF_OF_POSSESSION_INVALID, e.getMessage(), e);
        }
        registerVerified(key.verificationKey(), stake);
    }

    /**
     * Registers a key whose proof of possession the caller already checked (e.g. verified in parallel).
     *
     * @throws StmException {@link StmError#KEY_ALREADY_REGISTERED}
     */
    public synchronized void registerVerified(BlsVerificationKey key, long stake) throws StmException {
        if (stakes.containsKey(key)) {
            throw new StmException(StmError.KEY_ALREADY_REGISTERED, "already registered: " + key);
        }
        stakes.put(key, stake);
    }

    public synchronized int size() {
        return stakes.size();
    }

    /**
     * Closes the registration: entries ordered by stake then key bytes, total stake summed (unsigned), Merkle tree
     * built.
     *
     * @throws StmException {@link StmError#EMPTY_REGISTRATION} (no party or zero total stake) or
     *                      {@link StmError#STAKE_OVERFLOW}
     */
    public ClosedKeyRegistration close() throws StmException {
        List<RegistrationEntry> entries = new ArrayList<>();
        synchronized (this) {
            stakes.forEach((vk, stake) -> entries.add(new RegistrationEntry(vk, stake)));
        }
        return ClosedKeyRegistration.of(entries);
    }
}
