package io.mithril.domain.chain;

import io.mithril.domain.ProtocolParameters;

/** Verifies an STM aggregate (Concatenation) signature; implemented over {@code io.mithril.crypto.stm}. */
@FunctionalInterface
public interface MultiSignatureVerifier {

    /**
     * @param message                  the signed bytes: ASCII of the certificate's {@code signed_message}
     * @param multiSignature           JSON-hex (or bytes-hex) of the aggregate signature
     * @param aggregateVerificationKey JSON-hex (or bytes-hex) of the AVK
     * @param parameters               the certificate's protocol parameters
     * @throws MultiSignatureVerificationException when the signature is malformed or does not verify
     */
    void verify(byte[] message, String multiSignature, String aggregateVerificationKey, ProtocolParameters parameters)
            throws MultiSignatureVerificationException;
}
