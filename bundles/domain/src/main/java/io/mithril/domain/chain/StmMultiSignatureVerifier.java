package io.mithril.domain.chain;

import io.mithril.crypto.stm.AggregateVerificationKey;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolParameters;

/** Full STM Concatenation verification (stm.md §5.4) over crypto-stm; keys decode from JSON-hex or bytes-hex. */
public final class StmMultiSignatureVerifier implements MultiSignatureVerifier {

    @Override
    public void verify(byte[] message, String multiSignature, String aggregateVerificationKey,
                       ProtocolParameters parameters) throws MultiSignatureVerificationException {
        try {
            ConcatenationProof proof = StmJsonHex.decodeAggregateSignature(multiSignature);
            AggregateVerificationKey avk = StmJsonHex.decodeAggregateVerificationKey(aggregateVerificationKey);
            proof.verify(message, avk, new Parameters(parameters.m(), parameters.k(), parameters.phiF()));
        } catch (StmException e) {
            throw new MultiSignatureVerificationException(e.getMessage(), e);
        }
    }
}
