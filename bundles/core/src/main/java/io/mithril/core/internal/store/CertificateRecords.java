package io.mithril.core.internal.store;

import java.util.List;

import com.fasterxml.jackson.core.type.TypeReference;

import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateMetadata;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.JsonHex;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypes;
import io.mithril.domain.StakeDistributionParty;
import io.mithril.domain.message.ProtocolParametersMessage;
import io.mithril.domain.message.StakeDistributionPartyMessage;
import io.mithril.store.CertificateRecord;

/**
 * Certificates as the reference stores them in {@code certificate} (aggregator.md §10.1): a genesis has no parent and
 * its {@code signature} column holds the genesis signature; the signed entity type is (id, beacon JSON); parameters,
 * protocol message and signers are JSON.
 */
public final class CertificateRecords {
    private static final TypeReference<List<StakeDistributionPartyMessage>> SIGNERS = new TypeReference<>() {
    };

    private CertificateRecords() {
    }

    public static CertificateRecord toRecord(Certificate certificate) {
        CertificateMetadata metadata = certificate.metadata();
        SignedEntityType type = certificate.signedEntityType();
        return new CertificateRecord(certificate.hash(),
                certificate.isGenesis() ? null : certificate.previousHash(), certificate.signedMessage(),
                certificate.signature().hashedText(), certificate.aggregateVerificationKey(),
                certificate.epoch().value(), metadata.network(), type.databaseId(), type.beaconJson(),
                metadata.protocolVersion(), Json.write(ProtocolParametersMessage.from(metadata.parameters())),
                ProtocolMessages.toJson(certificate.protocolMessage()),
                Json.write(metadata.signers().stream().map(StakeDistributionPartyMessage::from).toList()),
                metadata.initiatedAt(), metadata.sealedAt(), null, certificate.ancillaryProverData(),
                certificate.ancillaryVerifierData());
    }

    public static Certificate toDomain(CertificateRecord record) {
        return toDomain(record, PluginSignedEntityTypes.NONE);
    }

    /** As {@link #toDomain(CertificateRecord)}, also reading certificates of the types {@code plugins} knows. */
    public static Certificate toDomain(CertificateRecord record, PluginSignedEntityTypes plugins) {
        List<StakeDistributionParty> signers = Json.read(record.signers(), SIGNERS).stream()
                .map(StakeDistributionPartyMessage::toDomain).toList();
        CertificateMetadata metadata = new CertificateMetadata(record.network(), record.protocolVersion(),
                Json.read(record.protocolParameters(), ProtocolParametersMessage.class).toDomain(),
                record.initiatedAt(), record.sealedAt(), signers);
        CertificateSignature signature = record.isGenesis()
                ? new CertificateSignature.GenesisSignature(
                        JsonHex.decodeFixedSize(record.signature(), CertificateSignature.GenesisSignature.LENGTH))
                : new CertificateSignature.MultiSignature(
                        SignedEntityTypes.fromDatabase(record.signedEntityTypeId(), record.signedEntityBeacon(), plugins),
                        record.signature());
        return new Certificate(record.certificateId(),
                record.parentCertificateId() == null ? "" : record.parentCertificateId(), Epoch.of(record.epoch()),
                metadata, ProtocolMessages.fromJson(record.protocolMessage()), record.message(),
                record.aggregateVerificationKey(), signature, record.ancillaryProverData(),
                record.ancillaryVerifierData());
    }
}
