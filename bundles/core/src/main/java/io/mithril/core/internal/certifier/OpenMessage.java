package io.mithril.core.internal.certifier;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.mithril.core.internal.store.ProtocolMessages;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypes;
import io.mithril.store.OpenMessageRecord;

/**
 * A message open for signatures (aggregator.md §2.4): one signed entity type and beacon, signed at {@code epoch}.
 *
 * @param expiresAt null when it never expires
 */
public record OpenMessage(String id, long epoch, SignedEntityType type, ProtocolMessage protocolMessage,
        boolean certified, boolean expired, Instant createdAt, Instant expiresAt) {

    /** A message of one of the reference's types. */
    public static OpenMessage fromRecord(OpenMessageRecord record) {
        return fromRecord(record, PluginSignedEntityTypes.NONE);
    }

    /** A message of one of the reference's types or of a third-party type {@code plugins} knows. */
    public static OpenMessage fromRecord(OpenMessageRecord record, PluginSignedEntityTypes plugins) {
        return new OpenMessage(record.openMessageId(), record.epoch(),
                SignedEntityTypes.fromDatabase(record.signedEntityTypeId(), record.beacon(), plugins),
                ProtocolMessages.fromJson(record.protocolMessage()), record.certified(), record.expired(),
                record.createdAt(), record.expiresAt());
    }

    public OpenMessageRecord toRecord() {
        return new OpenMessageRecord(id, epoch, type.beaconJson(), typeId(),
                ProtocolMessages.toJson(protocolMessage), certified, expired, createdAt, expiresAt);
    }

    public int typeId() {
        return type.databaseId();
    }

    public String discriminant() {
        return type.typeName();
    }

    /** The hex hash of the protocol message. */
    public String signedMessage() {
        return protocolMessage.computeHash();
    }

    /** What signers sign: the ASCII bytes of {@link #signedMessage()}. */
    public byte[] signedBytes() {
        return signedMessage().getBytes(StandardCharsets.US_ASCII);
    }
}
