package io.mithril.devnet;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignerWithStake;

/**
 * The signing side of one epoch: the closed STM registration of the epoch's signers (from the signer's view, so its
 * root is what the aggregator must use too) and the aggregation parameters. A simulated signer signs only if the key
 * listed for its party is the one it derived for the registration epoch.
 */
final class EpochSigning {
    private final SignerEpochView view;
    private final ClosedKeyRegistration registration;
    private final Parameters parameters;
    private final Map<String, BlsVerificationKey> keyByParty = new HashMap<>();

    private EpochSigning(SignerEpochView view, ClosedKeyRegistration registration) {
        this.view = view;
        this.registration = registration;
        this.parameters = new Parameters(view.currentParameters().m(), view.currentParameters().k(),
                view.currentParameters().phiF());
    }

    /** @throws StmException when the current signers cannot form a registration (none, duplicate keys, bad keys) */
    static EpochSigning of(SignerEpochView view) throws StmException {
        List<RegistrationEntry> entries = new ArrayList<>();
        Map<String, BlsVerificationKey> keys = new HashMap<>();
        for (SignerWithStake signer : view.currentSigners()) {
            BlsVerificationKey key = StmJsonHex.decodeVerificationKeyProofOfPossession(signer.verificationKey())
                    .verificationKey();
            entries.add(new RegistrationEntry(key, signer.stake()));
            keys.put(signer.partyId(), key);
        }
        EpochSigning signing = new EpochSigning(view, ClosedKeyRegistration.of(entries));
        signing.keyByParty.putAll(keys);
        return signing;
    }

    boolean canSign(SimulatedSigner signer) {
        BlsVerificationKey listed = keyByParty.get(signer.partyId());
        return listed != null
                && listed.equals(signer.stmSecretKey(view.signingRegistrationEpoch()).verificationKey());
    }

    /**
     * Every eligible signer not in {@code done} signs {@code message} and publishes what it won; signers whose
     * signature needs no retry (accepted, refused as invalid, too late, lottery lost) are added to {@code done}.
     *
     * @return true when every eligible signer is done
     */
    boolean signAndPublish(List<SimulatedSigner> signers, SignedEntityType type, ProtocolMessage message,
            SignaturePublisher publisher, SimulatorListener listener, Set<String> done) throws StmException {
        boolean complete = true;
        for (SimulatedSigner signer : signers) {
            if (done.contains(signer.partyId()) || !canSign(signer)) {
                continue;
            }
            if (Thread.currentThread().isInterrupted()) {
                return false;
            }
            Optional<SingleSignature> signature = signer.sign(message, view.signingRegistrationEpoch(), parameters,
                    registration);
            if (signature.isEmpty()) {
                listener.lotteryLost(type, signer.partyId());
                done.add(signer.partyId());
                continue;
            }
            Outcome outcome = publisher.publish(new SignaturePublisher.Signature(signer, type, signature.get(),
                    message));
            listener.signaturePublished(type, signer.partyId(), message.computeHash(),
                    signature.get().indexCount(), outcome);
            if (outcome.status().isRetryable()) {
                complete = false;
            } else {
                done.add(signer.partyId());
            }
        }
        return complete;
    }
}
