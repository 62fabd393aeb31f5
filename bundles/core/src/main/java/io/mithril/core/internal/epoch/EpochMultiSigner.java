package io.mithril.core.internal.epoch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.cardano.SignerCertificationException;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.KeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmError;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;

/**
 * The STM multi-signer of one signer set and its parameters (the reference's {@code ProtocolMultiSigner}): verifies
 * single signatures by party and aggregates them. Building it re-registers every stored signer like the reference's
 * epoch service: the operational certificate and KES signature are checked again with the stored KES evolutions, the
 * proof of possession is checked, and a key registered twice fails. Immutable.
 */
public final class EpochMultiSigner {
    private final ProtocolParameters protocolParameters;
    private final Parameters parameters;
    private final Clerk clerk;
    private final Map<String, RegistrationEntry> entryByParty;
    private final String avkJsonHex;

    private EpochMultiSigner(ProtocolParameters protocolParameters, ClosedKeyRegistration registration,
            Map<String, RegistrationEntry> entryByParty) {
        this.protocolParameters = protocolParameters;
        this.parameters = new Parameters(protocolParameters.m(), protocolParameters.k(), protocolParameters.phiF());
        this.clerk = new Clerk(parameters, registration);
        this.entryByParty = Map.copyOf(entryByParty);
        this.avkJsonHex = StmJsonHex.encode(registration.aggregateVerificationKey());
    }

    /**
     * @throws EpochDataException when there is no signer, a signer's keys do not verify, or a key is registered twice
     */
    public static EpochMultiSigner build(ProtocolParameters parameters, List<SignerWithStake> signers)
            throws EpochDataException {
        if (signers.isEmpty()) {
            throw new EpochDataException("no signer to build a multi-signer with");
        }
        KeyRegistration registration = new KeyRegistration();
        Map<String, BlsVerificationKey> keyByParty = new HashMap<>();
        for (SignerWithStake signer : signers) {
            BlsVerificationKey key = register(registration, signer);
            keyByParty.put(signer.partyId(), key);
        }
        try {
            ClosedKeyRegistration closed = registration.close();
            Map<String, RegistrationEntry> entries = new HashMap<>();
            for (Map.Entry<String, BlsVerificationKey> party : keyByParty.entrySet()) {
                entries.put(party.getKey(), closed.entry(closed.signerIndexOf(party.getValue())));
            }
            return new EpochMultiSigner(parameters, closed, entries);
        } catch (StmException e) {
            throw new EpochDataException("cannot close the key registration: " + e.getMessage(), e);
        }
    }

    private static BlsVerificationKey register(KeyRegistration registration, SignerWithStake signer)
            throws EpochDataException {
        try {
            SignerKeys keys = SignerKeys.decode(signer.verificationKey(), signer.operationalCertificate(),
                    signer.verificationKeySignature());
            if (keys.hasOperationalCertificate()) {
                if (signer.kesPeriod() == null) {
                    throw new EpochDataException("signer " + signer.partyId() + " has no KES period");
                }
                String poolId = keys.certifyAtEvolutions(signer.kesPeriod()).bech32();
                if (!poolId.equals(signer.partyId())) {
                    throw new EpochDataException("signer " + signer.partyId() + " holds the certificate of " + poolId);
                }
            }
            registration.register(keys.verificationKey(), signer.stake());
            return keys.verificationKey().verificationKey();
        } catch (IllegalArgumentException | SignerCertificationException | StmException e) {
            throw new EpochDataException("signer " + signer.partyId() + " cannot be registered: " + e.getMessage(), e);
        }
    }

    public ProtocolParameters protocolParameters() {
        return protocolParameters;
    }

    /** The JSON-hex AVK, as written in certificates and in {@code next_aggregate_verification_key}. */
    public String aggregateVerificationKeyJsonHex() {
        return avkJsonHex;
    }

    public boolean hasParty(String partyId) {
        return entryByParty.containsKey(partyId);
    }

    /**
     * Verifies a single signature with the key and stake registered for {@code partyId} (the reference's
     * {@code verify_single_signature}). When the signature's own signer index designates that same registration
     * (an honest signer's always does), the verification goes through this epoch's clerk, which remembers the
     * verdict: verifying it again, or aggregating it, then skips the BLS pairing. Otherwise it is verified without
     * being remembered, since aggregation resolves the signer by the signature's index, not by the party.
     *
     * @throws StmException {@link StmError#UNREGISTERED_PARTY} for an unknown party, or the verification failure
     */
    public void verify(String partyId, SingleSignature signature, byte[] message) throws StmException {
        RegistrationEntry entry = Optional.ofNullable(entryByParty.get(partyId)).orElseThrow(() ->
                new StmException(StmError.UNREGISTERED_PARTY, "party " + partyId + " is not a signer of this epoch"));
        if (isRegisteredAtOwnIndex(signature, entry)) {
            if (!clerk.hasVerified(signature, message)) {
                clerk.verify(signature, message);
            }
        } else {
            signature.verify(parameters, entry.verificationKey(), entry.stake(), clerk.aggregateVerificationKey(),
                    message);
        }
    }

    /** Whether aggregation will skip verifying this signature for this message (verified by this multi-signer). */
    public boolean hasVerified(SingleSignature signature, byte[] message) {
        return clerk.hasVerified(signature, message);
    }

    private boolean isRegisteredAtOwnIndex(SingleSignature signature, RegistrationEntry entry) {
        try {
            return entry.equals(clerk.registration().entry(signature.signerIndex()));
        } catch (StmException e) {
            return false; // index outside the registration: not the party's
        }
    }

    /**
     * Aggregates as the reference clerk. Signatures this multi-signer verified (see {@link #verify}) are not verified
     * again; any other, e.g. one loaded from the store after a restart, is verified and dropped if invalid.
     *
     * @return empty when the signatures do not reach the quorum k yet ({@code NotEnoughSignatures})
     */
    public Optional<ConcatenationProof> aggregate(Collection<SingleSignature> signatures, byte[] message)
            throws StmException {
        try {
            return Optional.of(clerk.aggregate(new ArrayList<>(signatures), message));
        } catch (StmException e) {
            if (e.kind() == StmError.NOT_ENOUGH_SIGNATURES) {
                return Optional.empty();
            }
            throw e;
        }
    }
}
