package io.mithril.core.internal.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.epoch.EpochMultiSigner;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.store.Json;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.message.RegisterSignatureMessage;
import io.mithril.domain.message.SignedEntityTypeJson;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureOutcome.Status;
import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SingleSignatureEnvelope;

/**
 * The one signature processor every source feeds (aggregator.md §1.4 steps 2–6, §5): classify the signed entity
 * type, decode the signature, authenticate it against the signed message it names with the current then the next
 * signers (sources that authenticate the sender themselves, like DMQ, send no signed message), then register it.
 * The lottery indexes stored are those carried by the signature itself.
 */
public final class SignatureProcessor implements SignatureSink {
    static final String DISCONTINUED = "Discontinued signed entity type";
    static final String UNKNOWN = "Unknown signed entity type";
    static final String UNDECODABLE = "Could not decode signature payload";
    static final String UNAUTHENTICATED = "Could not authenticate signature";
    private static final Logger LOG = LoggerFactory.getLogger(SignatureProcessor.class);

    private final EpochService epochs;
    private final SingleSignatureRegistrar registrar;
    private final MetricsService metrics;
    private final PluginSignedEntityTypes pluginTypes;

    /** @param pluginTypes the enabled third-party types, known like the reference's */
    public SignatureProcessor(EpochService epochs, SingleSignatureRegistrar registrar, MetricsService metrics,
            PluginSignedEntityTypes pluginTypes) {
        this.pluginTypes = pluginTypes;
        this.epochs = epochs;
        this.registrar = registrar;
        this.metrics = metrics;
    }

    @Override
    public SignatureOutcome submit(SingleSignatureEnvelope envelope) {
        String origin = envelope.origin() == null ? "NA" : envelope.origin();
        metrics.increment(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, origin);
        SignatureOutcome outcome;
        try {
            outcome = process(envelope);
        } catch (InvalidSingleSignatureException e) {
            outcome = new SignatureOutcome(Status.UNAVAILABLE, null, e.getMessage());
        } catch (Exception e) {
            LOG.warn("signature of {} for {} not processed", envelope.partyId(), envelope.signedEntityTypeJson(), e);
            outcome = new SignatureOutcome(Status.UNAVAILABLE, null, e.getMessage());
        }
        if (outcome.status() == Status.REGISTERED || outcome.status() == Status.BUFFERED) {
            metrics.increment(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL, origin);
        }
        return outcome;
    }

    private SignatureOutcome process(SingleSignatureEnvelope envelope) throws Exception {
        JsonNode entityType = parse(envelope.signedEntityTypeJson());
        RegisterSignatureMessage.EntityTypeClass kind = new RegisterSignatureMessage(entityType, null, null, null,
                null).classifyEntityType();
        if (kind == RegisterSignatureMessage.EntityTypeClass.DISCONTINUED) {
            return new SignatureOutcome(Status.GONE, DISCONTINUED, "signed entity type "
                    + SignedEntityTypeDiscriminant.CARDANO_IMMUTABLE_FILES_FULL.jsonName() + " is discontinued");
        }
        Optional<SignedEntityType> known = kind == RegisterSignatureMessage.EntityTypeClass.KNOWN
                ? Optional.of(SignedEntityTypeJson.fromJson(entityType)) : pluginType(entityType);
        if (known.isEmpty()) {
            return SignatureOutcome.rejected(UNKNOWN, "Accepted signed entity types are: " + acceptedTypes());
        }
        SignedEntityType type = known.get();
        SingleSignature signature;
        try {
            signature = StmJsonHex.decodeSingleSignature(envelope.signature() == null ? "" : envelope.signature());
        } catch (StmException e) {
            return SignatureOutcome.rejected(UNDECODABLE, e.getMessage());
        }
        if (envelope.signedMessage() != null) {
            Optional<SignatureOutcome> refused = authenticate(envelope, signature);
            if (refused.isPresent()) {
                return refused.get();
            }
        }
        return registrar.register(type, envelope.partyId(), signature);
    }

    /** Empty when the signature verifies for its party with the current or the next signers. */
    private Optional<SignatureOutcome> authenticate(SingleSignatureEnvelope envelope, SingleSignature signature)
            throws Exception {
        EpochData.MultiSigners signers = epochs.requireData().requireMultiSigners();
        byte[] message = envelope.signedMessage().getBytes(StandardCharsets.US_ASCII);
        if (verifies(signers.current(), envelope.partyId(), signature, message)
                || signers.next().map(next -> verifies(next, envelope.partyId(), signature, message)).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(SignatureOutcome.rejected(UNAUTHENTICATED, "the signature of " + envelope.partyId()
                + " does not verify with the current or next signers for message " + envelope.signedMessage()));
    }

    private static boolean verifies(EpochMultiSigner signer, String partyId, SingleSignature signature,
            byte[] message) {
        try {
            signer.verify(partyId, signature, message);
            return true;
        } catch (StmException e) {
            return false;
        }
    }

    private Optional<SignedEntityType> pluginType(JsonNode entityType) {
        try {
            return entityType == null ? Optional.empty()
                    : Optional.of(SignedEntityTypeJson.fromJson(entityType, pluginTypes));
        } catch (RuntimeException e) { // unknown tag, or a beacon the plugin cannot parse
            return Optional.empty();
        }
    }

    private static JsonNode parse(String json) {
        try {
            return json == null ? null : Json.tree(json);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String acceptedTypes() {
        return Arrays.stream(SignedEntityTypeDiscriminant.values()).filter(d -> !d.isDiscontinued())
                .map(SignedEntityTypeDiscriminant::jsonName).collect(Collectors.joining(", "));
    }
}
