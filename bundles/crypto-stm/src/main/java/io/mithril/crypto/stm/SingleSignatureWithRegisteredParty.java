package io.mithril.crypto.stm;

/** A single signature inside an aggregate, with the registration entry (key and stake) of its signer. */
public record SingleSignatureWithRegisteredParty(SingleSignature signature, RegistrationEntry registrationEntry) {
    public SingleSignatureWithRegisteredParty {
        if (signature == null || registrationEntry == null) {
            throw new NullPointerException("signature and registration entry are required");
        }
    }
}
