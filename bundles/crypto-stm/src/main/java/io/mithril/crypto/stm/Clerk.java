package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsHashedMessage;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The aggregator's side of STM for one epoch: verifies incoming single signatures against the closed registration
 * and aggregates them into a {@link ConcatenationProof} once at least k distinct lottery indexes are gathered.
 * Thread-safe. Signatures that passed {@link #verify} are remembered (per message), so aggregating them later does
 * not repeat the BLS checks: verification is deterministic, so the outcome is the reference's.
 */
public final class Clerk {
    /** Bounds the memory of remembered verdicts (a few open messages of a large network). */
    private static final int MAX_REMEMBERED = 200_000;

    private final Parameters params;
    private final ClosedKeyRegistration registration;
    private final Set<Verified> verified = ConcurrentHashMap.newKeySet();
    private volatile HashedMessage lastMessage;

    /** A signature known to verify for a message (full value: sigma, indexes and signer index). */
    private record Verified(SingleSignature signature, ByteBuffer msg) {
    }

    /** The last message hashed to G1 (all signatures of an open message share it). */
    private record HashedMessage(byte[] msg, byte[] msgPrime, BlsHashedMessage hashed) {
    }

    public Clerk(Parameters params, ClosedKeyRegistration registration) {
        this.params = Objects.requireNonNull(params, "params");
        this.registration = Objects.requireNonNull(registration, "registration");
    }

    public AggregateVerificationKey aggregateVerificationKey() {
        return registration.aggregateVerificationKey();
    }

    public ClosedKeyRegistration registration() {
        return registration;
    }

    /**
     * Verifies a single signature against the registered key and stake at its own {@code signer_index}, always
     * (callers that want to skip a known signature ask {@link #hasVerified} first), and remembers a success.
     *
     * @throws StmException {@link StmError#UNREGISTERED_PARTY} or any single-signature verification error
     */
    public void verify(SingleSignature signature, byte[] msg) throws StmException {
        RegistrationEntry entry = registration.entry(signature.signerIndex());
        HashedMessage h = hashed(msg);
        signature.verify(params, entry.verificationKey(), entry.stake(), registration.totalStake(), h.msgPrime, h.hashed);
        remember(signature, msg);
    }

    /**
     * Whether this clerk has verified this exact signature (sigma, indexes and signer index) for {@code msg}, so that
     * {@link #aggregate} will not verify it again. Verdicts are kept in memory only, at most a bounded number.
     */
    public boolean hasVerified(SingleSignature signature, byte[] msg) {
        return known(signature, msg);
    }

    private HashedMessage hashed(byte[] msg) {
        HashedMessage h = lastMessage;
        if (h == null || !Arrays.equals(h.msg, msg)) {
            byte[] msgPrime = registration.aggregateVerificationKey().messagePrime(msg);
            h = new HashedMessage(msg.clone(), msgPrime, BlsHashedMessage.of(msgPrime));
            lastMessage = h;
        }
        return h;
    }

    private void remember(SingleSignature signature, byte[] msg) {
        if (verified.size() >= MAX_REMEMBERED) {
            verified.clear();
        }
        verified.add(new Verified(signature, ByteBuffer.wrap(msg.clone())));
    }

    private boolean known(SingleSignature signature, byte[] msg) {
        return verified.contains(new Verified(signature, ByteBuffer.wrap(msg)));
    }

    /**
     * Aggregates as the reference clerk (spec stm.md §5.2): signatures that do not verify are dropped; a lottery index
     * claimed twice goes to the signature with the smaller sigma bytes; signatures are taken in ascending order of
     * the indexes they own until k indexes are reached; the result is sorted by signer index.
     *
     * @throws StmException {@link StmError#NOT_ENOUGH_SIGNATURES} when fewer than k indexes are available
     */
    public ConcatenationProof aggregate(Collection<SingleSignature> signatures, byte[] msg) throws StmException {
        params.validate();
        List<SingleSignatureWithRegisteredParty> valid = verifiedCandidates(signatures, msg);
        List<SingleSignatureWithRegisteredParty> chosen = selectForQuorum(valid);
        chosen.sort(Comparator.comparing((SingleSignatureWithRegisteredParty s) -> s.signature().signerIndex(),
                Long::compareUnsigned).thenComparing(s -> s.signature().sigma()));
        long[] positions = chosen.stream().mapToLong(s -> s.signature().signerIndex()).toArray();
        return new ConcatenationProof(chosen, registration.merkleTree().batchPath(positions));
    }

    private List<SingleSignatureWithRegisteredParty> verifiedCandidates(Collection<SingleSignature> signatures,
                                                                       byte[] msg) {
        HashedMessage h = hashed(msg);
        return signatures.parallelStream().map(sig -> {
            try {
                RegistrationEntry entry = registration.entry(sig.signerIndex());
                if (!known(sig, msg)) {
                    sig.verify(params, entry.verificationKey(), entry.stake(), registration.totalStake(), h.msgPrime,
                            h.hashed);
                }
                return new SingleSignatureWithRegisteredParty(sig, entry);
            } catch (StmException e) {
                return null; // the reference silently skips signatures that do not verify
            }
        }).filter(Objects::nonNull).toList();
    }

    /** The reference's {@code select_valid_signatures_for_k_indices}; signatures are identified by sigma + entry. */
    private List<SingleSignatureWithRegisteredParty> selectForQuorum(List<SingleSignatureWithRegisteredParty> valid)
            throws StmException {
        TreeMap<Long, SingleSignatureWithRegisteredParty> ownerByIndex = new TreeMap<>(Long::compareUnsigned);
        Map<Identity, List<Long>> removedByIdentity = new HashMap<>();
        for (SingleSignatureWithRegisteredParty candidate : valid) {
            for (long index : candidate.signature().indexes()) {
                SingleSignatureWithRegisteredParty previous = ownerByIndex.get(index);
                if (previous == null) {
                    ownerByIndex.put(index, candidate);
                    continue;
                }
                boolean candidateWins = candidate.signature().sigma().compareTo(previous.signature().sigma()) < 0;
                SingleSignatureWithRegisteredParty loser = candidateWins ? previous : candidate;
                removedByIdentity.computeIfAbsent(Identity.of(loser), x -> new ArrayList<>()).add(index);
                if (candidateWins) {
                    ownerByIndex.put(index, candidate);
                }
            }
        }
        Set<Identity> taken = new HashSet<>();
        List<SingleSignatureWithRegisteredParty> chosen = new ArrayList<>();
        long count = 0;
        for (SingleSignatureWithRegisteredParty owner : ownerByIndex.values()) {
            Identity identity = Identity.of(owner);
            if (!taken.add(identity)) {
                continue;
            }
            List<Long> removed = removedByIdentity.getOrDefault(identity, List.of());
            long[] kept = Arrays.stream(owner.signature().indexes()).filter(i -> !removed.contains(i)).toArray();
            chosen.add(new SingleSignatureWithRegisteredParty(owner.signature().withIndexes(kept),
                    owner.registrationEntry()));
            count += kept.length;
            if (Long.compareUnsigned(count, params.k()) >= 0) {
                return chosen;
            }
        }
        throw new StmException(StmError.NOT_ENOUGH_SIGNATURES,
                count + " distinct indexes, k = " + Long.toUnsignedString(params.k()));
    }

    /** The reference's equality of a signature with its party: sigma and registration entry, not the indexes. */
    private record Identity(io.mithril.crypto.bls.BlsSignature sigma, RegistrationEntry entry) {
        static Identity of(SingleSignatureWithRegisteredParty s) {
            return new Identity(s.signature().sigma(), s.registrationEntry());
        }
    }
}
