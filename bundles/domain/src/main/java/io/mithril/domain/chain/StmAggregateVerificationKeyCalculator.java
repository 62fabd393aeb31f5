package io.mithril.domain.chain;

import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.SignerWithStake;
import java.util.ArrayList;
import java.util.List;

/** The AVK of a signer set through crypto-stm's closed key registration (stm.md §3). */
public final class StmAggregateVerificationKeyCalculator implements AggregateVerificationKeyCalculator {

    @Override
    public String computeJsonHex(List<SignerWithStake> signers) {
        try {
            List<RegistrationEntry> entries = new ArrayList<>(signers.size());
            for (SignerWithStake signer : signers) {
                entries.add(new RegistrationEntry(StmJsonHex.decodeVerificationKeyProofOfPossession(
                        signer.verificationKey()).verificationKey(), signer.stake()));
            }
            return StmJsonHex.encode(ClosedKeyRegistration.of(entries).aggregateVerificationKey());
        } catch (StmException e) {
            throw new IllegalArgumentException("cannot compute the AVK of the signers: " + e.getMessage(), e);
        }
    }
}
