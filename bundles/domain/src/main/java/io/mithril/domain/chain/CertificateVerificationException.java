package io.mithril.domain.chain;

/** A certificate failed verification; {@link #kind()} tells which rule. */
public class CertificateVerificationException extends Exception {
    private static final long serialVersionUID = 1L;
    private final CertificateVerificationError kind;
    private final String certificateHash;

    public CertificateVerificationException(CertificateVerificationError kind, String certificateHash, String detail) {
        this(kind, certificateHash, detail, null);
    }

    public CertificateVerificationException(CertificateVerificationError kind, String certificateHash, String detail,
                                            Throwable cause) {
        super(kind.referenceName() + " for certificate '" + certificateHash + "': " + detail, cause);
        this.kind = kind;
        this.certificateHash = certificateHash;
    }

    public CertificateVerificationError kind() {
        return kind;
    }

    /** The hash (as given) of the certificate that failed. */
    public String certificateHash() {
        return certificateHash;
    }
}
