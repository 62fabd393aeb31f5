package io.mithril.domain.chain;

import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.domain.CertificateSignature;

/** Verifies the genesis signature of a certificate, bound to one genesis verification key. */
@FunctionalInterface
public interface GenesisSignatureVerifier {

    /**
     * @param message the signed bytes: ASCII of the genesis certificate's {@code signed_message}
     * @return true iff the signature is valid for the bound genesis key
     */
    boolean verify(byte[] message, CertificateSignature.GenesisSignature signature);

    /** Ed25519 {@code verify_strict}, as the reference verifies genesis certificates. */
    static GenesisSignatureVerifier ed25519(Ed25519VerificationKey genesisVerificationKey) {
        return (message, signature) ->
                genesisVerificationKey.verify(message, Ed25519Signature.fromBytes(signature.bytes()));
    }

    /**
     * @param genesisVerificationKey the key as the reference writes it (JSON-hex of the 32 bytes; plain hex accepted)
     */
    static GenesisSignatureVerifier ed25519(String genesisVerificationKey) {
        return ed25519(Ed25519VerificationKey.decode(genesisVerificationKey));
    }
}
