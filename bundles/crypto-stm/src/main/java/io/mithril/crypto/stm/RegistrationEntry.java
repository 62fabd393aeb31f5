package io.mithril.crypto.stm;

import io.mithril.crypto.bls.BlsVerificationKey;
import java.util.Comparator;

/**
 * A closed registration entry: a verification key and its stake (unsigned 64-bit). Its Merkle leaf is
 * {@code vk (96 bytes) || u64be(stake)}.
 */
public record RegistrationEntry(BlsVerificationKey verificationKey, long stake) {
    /** The closed registration order: stake ascending (unsigned), ties broken by the compressed key bytes. */
    public static final Comparator<RegistrationEntry> REGISTRATION_ORDER =
            Comparator.<RegistrationEntry>comparingLong(e -> e.stake ^ Long.MIN_VALUE)
                    .thenComparing(RegistrationEntry::verificationKey);

    public RegistrationEntry {
        if (verificationKey == null) {
            throw new NullPointerException("verificationKey");
        }
    }

    /** The 104 leaf bytes hashed into the registration Merkle tree. */
    public byte[] merkleLeaf() {
        byte[] leaf = new byte[BlsVerificationKey.SIZE + 8];
        System.arraycopy(verificationKey.toBytes(), 0, leaf, 0, BlsVerificationKey.SIZE);
        for (int i = 0; i < 8; i++) {
            leaf[BlsVerificationKey.SIZE + i] = (byte) (stake >>> (56 - 8 * i));
        }
        return leaf;
    }

    @Override
    public String toString() {
        return "RegistrationEntry[" + verificationKey + ", stake=" + Long.toUnsignedString(stake) + "]";
    }
}
