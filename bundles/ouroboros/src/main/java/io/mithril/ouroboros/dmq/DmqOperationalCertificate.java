package io.mithril.ouroboros.dmq;

import java.util.Arrays;
import java.util.Objects;

/**
 * The opcert fields carried by a DMQ message: {@code [kesVk, issueNumber, startKesPeriod, coldKeySignature]}. Sizes
 * are not enforced here (pallas vectors use toy sizes); the validator checks 32 / 64 bytes. Issue number and start
 * period are unsigned 64-bit values in {@code long}s.
 */
public final class DmqOperationalCertificate {
    private final byte[] kesVerificationKey;
    private final long issueNumber;
    private final long startKesPeriod;
    private final byte[] coldKeySignature;

    public DmqOperationalCertificate(byte[] kesVerificationKey, long issueNumber, long startKesPeriod,
            byte[] coldKeySignature) {
        this.kesVerificationKey = Objects.requireNonNull(kesVerificationKey, "kesVerificationKey").clone();
        this.issueNumber = issueNumber;
        this.startKesPeriod = startKesPeriod;
        this.coldKeySignature = Objects.requireNonNull(coldKeySignature, "coldKeySignature").clone();
    }

    public byte[] kesVerificationKey() {
        return kesVerificationKey.clone();
    }

    public long issueNumber() {
        return issueNumber;
    }

    public long startKesPeriod() {
        return startKesPeriod;
    }

    public byte[] coldKeySignature() {
        return coldKeySignature.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DmqOperationalCertificate c && issueNumber == c.issueNumber
                && startKesPeriod == c.startKesPeriod && Arrays.equals(kesVerificationKey, c.kesVerificationKey)
                && Arrays.equals(coldKeySignature, c.coldKeySignature);
    }

    @Override
    public int hashCode() {
        return Objects.hash(Arrays.hashCode(kesVerificationKey), issueNumber, startKesPeriod);
    }

    @Override
    public String toString() {
        return "DmqOperationalCertificate[issue=" + Long.toUnsignedString(issueNumber) + ", start="
                + Long.toUnsignedString(startKesPeriod) + "]";
    }
}
