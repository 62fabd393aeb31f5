package io.mithril.crypto.stm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class KeyRegistrationTest {
    private static final SplittableRandom RANDOM = new SplittableRandom(5);

    static BlsSecretKey key() {
        byte[] ikm = new byte[32];
        RANDOM.nextBytes(ikm);
        return BlsSecretKey.fromIkm(ikm);
    }

    private interface Action {
        void run() throws StmException;
    }

    private static StmError kind(Action a) {
        return assertThrows(StmException.class, a::run).kind();
    }

    @Test
    void orderIsStakeAscendingUnsignedThenKeyBytes() throws StmException {
        List<BlsSecretKey> keys = new ArrayList<>();
        KeyRegistration reg = new KeyRegistration();
        long[] stakes = {7, 3, 7, Long.MIN_VALUE /* 2^63 unsigned */, 3, 1};
        for (long stake : stakes) {
            BlsSecretKey k = key();
            keys.add(k);
            reg.register(k.verificationKeyProofOfPossession(), stake);
        }
        ClosedKeyRegistration closed = reg.close();
        List<RegistrationEntry> entries = closed.entries();
        for (int i = 1; i < entries.size(); i++) {
            RegistrationEntry a = entries.get(i - 1);
            RegistrationEntry b = entries.get(i);
            int byStake = Long.compareUnsigned(a.stake(), b.stake());
            assertEquals(true, byStake < 0 || (byStake == 0 && a.verificationKey().compareTo(b.verificationKey()) < 0));
        }
        assertEquals(Long.MIN_VALUE, entries.get(entries.size() - 1).stake());
        assertEquals(Long.MIN_VALUE + 21, closed.totalStake());
        for (BlsSecretKey k : keys) {
            assertEquals(k.verificationKey(), closed.entry(closed.signerIndexOf(k.verificationKey())).verificationKey());
        }
        assertEquals(StmError.UNREGISTERED_PARTY, kind(() -> closed.entry(6)));
        assertEquals(StmError.UNREGISTERED_PARTY, kind(() -> closed.signerIndexOf(key().verificationKey())));
    }

    @Test
    void rejectsDuplicateKeysAndInvalidProofs() throws StmException {
        BlsSecretKey a = key();
        KeyRegistration reg = new KeyRegistration();
        reg.register(a.verificationKeyProofOfPossession(), 1);
        assertEquals(StmError.KEY_ALREADY_REGISTERED, kind(() -> reg.register(a.verificationKeyProofOfPossession(), 2)));
        BlsVerificationKeyProofOfPossession wrongPop =
                new BlsVerificationKeyProofOfPossession(key().verificationKey(), a.proofOfPossession());
        assertEquals(StmError.PROOF_OF_POSSESSION_INVALID, kind(() -> reg.register(wrongPop, 1)));
        assertEquals(1, reg.size());
    }

    @Test
    void rejectsOverflowingZeroAndEmptyStake() throws StmException {
        KeyRegistration overflow = new KeyRegistration();
        overflow.register(key().verificationKeyProofOfPossession(), Long.MIN_VALUE);
        overflow.register(key().verificationKeyProofOfPossession(), Long.MIN_VALUE);
        assertEquals(StmError.STAKE_OVERFLOW, kind(overflow::close));

        KeyRegistration zero = new KeyRegistration();
        zero.register(key().verificationKeyProofOfPossession(), 0);
        assertEquals(StmError.EMPTY_REGISTRATION, kind(zero::close));
        assertEquals(StmError.EMPTY_REGISTRATION, kind(new KeyRegistration()::close));
    }

    @Test
    void avkCommitsToKeysAndStakes() throws StmException {
        BlsSecretKey a = key();
        BlsSecretKey b = key();
        ClosedKeyRegistration one = ClosedKeyRegistration.of(List.of(
                new RegistrationEntry(a.verificationKey(), 10), new RegistrationEntry(b.verificationKey(), 20)));
        ClosedKeyRegistration sameInOtherOrder = ClosedKeyRegistration.of(List.of(
                new RegistrationEntry(b.verificationKey(), 20), new RegistrationEntry(a.verificationKey(), 10)));
        ClosedKeyRegistration otherStake = ClosedKeyRegistration.of(List.of(
                new RegistrationEntry(a.verificationKey(), 11), new RegistrationEntry(b.verificationKey(), 20)));
        assertEquals(one.aggregateVerificationKey(), sameInOtherOrder.aggregateVerificationKey());
        assertEquals(false, one.aggregateVerificationKey().equals(otherStake.aggregateVerificationKey()));
        assertEquals(30, one.aggregateVerificationKey().totalStake());
        assertEquals(2, one.aggregateVerificationKey().nrLeaves());
        // n = 1: the root is the leaf hash
        ClosedKeyRegistration single = ClosedKeyRegistration.of(List.of(new RegistrationEntry(a.verificationKey(), 5)));
        assertEquals(io.mithril.crypto.testutil.TestData.HEX.formatHex(
                        io.mithril.crypto.stm.internal.Blake2b256.hash(single.entries().get(0).merkleLeaf())),
                io.mithril.crypto.testutil.TestData.HEX.formatHex(single.aggregateVerificationKey().root()));
    }
}
