package io.mithril.domain;

import io.mithril.domain.internal.Hex;
import java.util.Arrays;
import java.util.Objects;

/** The signature of a certificate: Ed25519 by the genesis key, or an STM multi-signature of the signers. */
public sealed interface CertificateSignature {

    /** The signature text fed into the certificate hash (certificates.md §2 item 8). */
    String hashedText();

    /** A raw 64-byte Ed25519 signature of the genesis key. */
    final class GenesisSignature implements CertificateSignature {
        public static final int LENGTH = 64;
        private final byte[] bytes;

        public GenesisSignature(byte[] bytes) {
            if (bytes.length != LENGTH) {
                throw new IllegalArgumentException("a genesis signature has 64 bytes, got " + bytes.length);
            }
            this.bytes = bytes.clone();
        }

        public byte[] bytes() {
            return bytes.clone();
        }

        /** Lowercase hex of the 64 raw bytes: the wire form and the hashed form. */
        @Override
        public String hashedText() {
            return Hex.encode(bytes);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof GenesisSignature other && Arrays.equals(bytes, other.bytes);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(bytes);
        }

        @Override
        public String toString() {
            return "GenesisSignature[" + hashedText() + "]";
        }
    }

    /**
     * An STM aggregate signature over the protocol message, for the given signed entity type.
     *
     * @param multiSignature the JSON-hex text of the aggregate signature, kept verbatim because the certificate hash
     *                       feeds that text
     */
    record MultiSignature(SignedEntityType signedEntityType, String multiSignature) implements CertificateSignature {
        public MultiSignature {
            Objects.requireNonNull(signedEntityType, "signed entity type");
            Objects.requireNonNull(multiSignature, "multi-signature");
        }

        @Override
        public String hashedText() {
            return multiSignature;
        }
    }
}
