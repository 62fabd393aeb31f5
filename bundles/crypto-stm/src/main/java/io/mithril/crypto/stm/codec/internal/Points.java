package io.mithril.crypto.stm.codec.internal;

import io.mithril.crypto.bls.BlsError;
import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsProofOfPossession;
import io.mithril.crypto.bls.BlsSignature;
import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;

/** Decodes BLS values inside STM encodings, turning BLS failures into the specific STM error. */
public final class Points {
    private Points() {
    }

    public static BlsVerificationKey verificationKey(byte[] bytes) throws StmException {
        try {
            return BlsVerificationKey.fromBytes(bytes);
        } catch (BlsException e) {
            throw new StmException(kind(e, StmError.VERIFICATION_KEY_INVALID), e.getMessage(), e);
        }
    }

    public static BlsSignature signature(byte[] bytes) throws StmException {
        try {
            return BlsSignature.fromBytes(bytes);
        } catch (BlsException e) {
            throw new StmException(kind(e, StmError.SIGNATURE_MALFORMED), e.getMessage(), e);
        }
    }

    public static BlsVerificationKeyProofOfPossession verificationKeyProofOfPossession(byte[] vk, byte[] pop)
            throws StmException {
        BlsVerificationKey key = verificationKey(vk);
        try {
            return new BlsVerificationKeyProofOfPossession(key, BlsProofOfPossession.fromBytes(pop));
        } catch (BlsException e) {
            throw new StmException(kind(e, StmError.PROOF_OF_POSSESSION_INVALID), e.getMessage(), e);
        }
    }

    /** Undecodable bytes are a serialization error; a well-formed but unusable point gets the specific kind. */
    private static StmError kind(BlsException e, StmError pointKind) {
        return e.kind() == BlsError.INVALID_ENCODING ? StmError.SERIALIZATION : pointKind;
    }
}
