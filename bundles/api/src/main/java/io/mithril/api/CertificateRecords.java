package io.mithril.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypes;
import io.mithril.domain.message.CertificateListItemMessage;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.CertificateMetadataMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.ProtocolMessageJson;
import io.mithril.domain.message.ProtocolParametersMessage;
import io.mithril.domain.message.StakeDistributionPartyMessage;
import io.mithril.store.CertificateRecord;
import java.util.List;

/**
 * Between a stored certificate row and its REST messages. Hex texts (AVK, multi-signature, genesis signature) pass
 * through verbatim, since the certificate hash feeds exactly those texts. A genesis row (no parent) is shown with
 * {@code previous_hash = ""}, an empty {@code multi_signature} and {@code signed_entity_type =
 * MithrilStakeDistribution(epoch)}, as the reference derives it.
 */
public final class CertificateRecords {
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper().registerModule(new SimpleModule()
            .addSerializer(ProtocolMessage.class, new ProtocolMessageJson.Serializer())
            .addDeserializer(ProtocolMessage.class, new ProtocolMessageJson.Deserializer()));
    private static final TypeReference<List<StakeDistributionPartyMessage>> SIGNERS = new TypeReference<>() {
    };

    private CertificateRecords() {
    }

    /**
     * The detail message of a row.
     *
     * @throws IllegalArgumentException when a JSON column or the beacon cannot be read
     */
    public static CertificateMessage toMessage(CertificateRecord c) {
        return toMessage(c, PluginSignedEntityTypes.NONE);
    }

    /** The detail message of a row, whose type may be a third-party plugin's (known to {@code plugins}). */
    public static CertificateMessage toMessage(CertificateRecord c, PluginSignedEntityTypes plugins) {
        boolean genesis = c.isGenesis();
        SignedEntityType type = SignedEntityTypes.fromDatabase(c.signedEntityTypeId(), c.signedEntityBeacon(),
                plugins);
        CertificateMetadataMessage metadata = new CertificateMetadataMessage(c.network(), c.protocolVersion(),
                read(c.protocolParameters(), ProtocolParametersMessage.class), c.initiatedAt(), c.sealedAt(),
                readSigners(c.signers()));
        return new CertificateMessage(c.certificateId(), genesis ? "" : c.parentCertificateId(), c.epoch(), type,
                metadata, read(c.protocolMessage(), ProtocolMessage.class), c.message(), c.aggregateVerificationKey(),
                c.ancillaryProverData(), c.ancillaryVerifierData(), genesis ? "" : c.signature(),
                genesis ? c.signature() : "");
    }

    /** The list item of a row: the detail minus signatures, with the number of signers. */
    public static CertificateListItemMessage toListItem(CertificateRecord c) {
        return toListItem(c, PluginSignedEntityTypes.NONE);
    }

    /** The list item of a row whose type may be a third-party plugin's. */
    public static CertificateListItemMessage toListItem(CertificateRecord c, PluginSignedEntityTypes plugins) {
        return CertificateListItemMessage.from(toMessage(c, plugins).toDomain());
    }

    /** The row of a certificate message, as the aggregator stores it. */
    public static CertificateRecord fromMessage(CertificateMessage m) {
        boolean genesis = m.isGenesis();
        SignedEntityType type = m.toDomain().signedEntityType();
        CertificateMetadataMessage metadata = m.metadata();
        return new CertificateRecord(m.hash(), genesis ? null : m.previousHash(), m.signedMessage(),
                genesis ? m.genesisSignature() : m.multiSignature(), m.aggregateVerificationKey(), m.epoch(),
                metadata.network(), type.discriminant().databaseId(), type.beaconJson(), metadata.version(),
                write(metadata.parameters()), write(m.protocolMessage()), write(metadata.signers()),
                metadata.initiatedAt(), metadata.sealedAt(), null, m.ancillaryProverData(),
                m.ancillaryVerifierData());
    }

    /** Compact JSON of a message, as served. */
    public static String write(Object message) {
        try {
            return JSON.writeValueAsString(message);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + message.getClass().getSimpleName(), e);
        }
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return JSON.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from " + json, e);
        }
    }

    private static List<StakeDistributionPartyMessage> readSigners(String json) {
        try {
            return JSON.readValue(json, SIGNERS);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read certificate signers from " + json, e);
        }
    }
}
