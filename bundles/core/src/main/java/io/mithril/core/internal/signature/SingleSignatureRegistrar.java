package io.mithril.core.internal.signature;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.certifier.BufferedSignatureReplay;
import io.mithril.core.internal.certifier.CertificationException;
import io.mithril.core.internal.certifier.Certifier;
import io.mithril.core.internal.certifier.OpenMessage;
import io.mithril.core.internal.certifier.QuorumTracker;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.epoch.EpochDataException;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.store.Repositories;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityType;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.store.BufferedSignatureRecord;
import io.mithril.store.SingleSignatureRecord;

/**
 * Registers an authenticated single signature (aggregator.md §1.4 step 5, the reference's buffering certifier):
 * buffered when its open message does not exist yet, refused when that message is certified or expired, otherwise
 * verified against the message with the current multi-signer and stored. As soon as the stored signatures can reach
 * the quorum, the certificate is created, without waiting for the runtime's next tick.
 */
public final class SingleSignatureRegistrar implements BufferedSignatureReplay {
    static final String ALREADY_CERTIFIED = "already_certified";
    static final String EXPIRED = "expired";
    private static final Logger LOG = LoggerFactory.getLogger(SingleSignatureRegistrar.class);

    private final Repositories repositories;
    private final EpochService epochs;
    private final QuorumTracker quorum;
    private final Certifier certifier;
    private final Clock clock;
    private final PluginSignedEntityTypes pluginTypes;

    public SingleSignatureRegistrar(Repositories repositories, EpochService epochs, QuorumTracker quorum,
            Certifier certifier, Clock clock, PluginSignedEntityTypes pluginTypes) {
        this.pluginTypes = pluginTypes;
        this.repositories = repositories;
        this.epochs = epochs;
        this.quorum = quorum;
        this.certifier = certifier;
        this.clock = clock;
    }

    /** @throws InvalidSingleSignatureException when the signature does not verify against the open message (500) */
    public SignatureOutcome register(SignedEntityType type, String partyId, SingleSignature signature)
            throws InvalidSingleSignatureException, EpochDataException {
        int typeId = type.databaseId();
        Optional<OpenMessage> message = repositories.openMessages().byTypeAndBeacon(typeId, type.beaconJson())
                .map(record -> OpenMessage.fromRecord(record, pluginTypes));
        if (message.isEmpty()) {
            repositories.bufferedSignatures().buffer(new BufferedSignatureRecord(typeId, partyId,
                    indexesJson(signature), StmJsonHex.encode(signature), clock.instant()));
            return SignatureOutcome.of(SignatureOutcome.Status.BUFFERED);
        }
        if (message.get().certified()) {
            return new SignatureOutcome(SignatureOutcome.Status.GONE, ALREADY_CERTIFIED,
                    "the open message of " + type + " is already certified");
        }
        if (message.get().expired()) {
            return new SignatureOutcome(SignatureOutcome.Status.GONE, EXPIRED,
                    "the open message of " + type + " is expired");
        }
        if (store(message.get(), partyId, signature)) {
            certify(message.get());
        }
        return SignatureOutcome.of(SignatureOutcome.Status.REGISTERED);
    }

    /**
     * Replays the buffered signatures of the message's type: the ones that verify are stored and leave the buffer,
     * the invalid ones stay, any other failure stops the replay (the message itself stays created). When the replayed
     * signatures reach the quorum, the message is certified at once.
     */
    @Override
    public void replay(OpenMessage message) {
        List<String> replayed = new ArrayList<>();
        boolean quorum = false;
        for (BufferedSignatureRecord buffered : repositories.bufferedSignatures().byType(message.typeId())) {
            try {
                quorum |= store(message, buffered.partyId(), StmJsonHex.decodeSingleSignature(buffered.signature()));
                replayed.add(buffered.partyId());
            } catch (InvalidSingleSignatureException | StmException e) {
                LOG.debug("buffered signature of {} left in the buffer: {}", buffered.partyId(), e.getMessage());
            } catch (EpochDataException | RuntimeException e) {
                LOG.warn("replay of the buffered signatures of {} stopped: {}", message.type(), e.getMessage());
                break;
            }
        }
        if (!replayed.isEmpty()) {
            repositories.bufferedSignatures().remove(message.typeId(), replayed);
        }
        if (quorum) {
            certify(message);
        }
    }

    /** @return true when the stored signatures of the message may reach the quorum */
    private boolean store(OpenMessage message, String partyId, SingleSignature signature)
            throws InvalidSingleSignatureException, EpochDataException {
        EpochData epoch = epochs.requireData();
        if (epoch.epoch() != message.epoch()) {
            throw new EpochDataException("the open message of " + message.type() + " belongs to epoch "
                    + message.epoch() + ", the current epoch is " + epoch.epoch());
        }
        try {
            epoch.requireMultiSigners().current().verify(partyId, signature, message.signedBytes());
        } catch (StmException e) {
            throw new InvalidSingleSignatureException("InvalidSingleSignature: the signature of " + partyId
                    + " does not verify against the open message of " + message.type() + ": " + e.getMessage(), e);
        }
        repositories.singleSignatures().save(new SingleSignatureRecord(message.id(), partyId, message.epoch() - 1,
                indexesJson(signature), StmJsonHex.encode(signature), clock.instant()));
        long k = epoch.aggregationSettings().protocolParameters().k();
        return quorum.record(message.id(), signature.indexes(), k);
    }

    /** Failures are only logged: the signature is stored and the runtime's next tick tries again. */
    private void certify(OpenMessage message) {
        try {
            certifier.certify(message.id());
        } catch (CertificationException e) {
            LOG.warn("quorum reached but no certificate yet for {}: {}", message.type(), e.getMessage());
        }
    }

    static String indexesJson(SingleSignature signature) {
        return Arrays.stream(signature.indexes()).mapToObj(Long::toUnsignedString)
                .collect(Collectors.joining(",", "[", "]"));
    }
}
