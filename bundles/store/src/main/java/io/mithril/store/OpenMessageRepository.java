package io.mithril.store;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Open messages waiting for a quorum (aggregator.md §2.4). Their epoch's {@code epoch_setting} row must exist. */
@ProviderType
public interface OpenMessageRepository {
    /** Stores a new open message; fails if one exists for the same (type, beacon). */
    void insert(OpenMessageRecord openMessage);

    Optional<OpenMessageRecord> byTypeAndBeacon(int signedEntityTypeId, String beacon);

    Optional<OpenMessageRecord> byId(String openMessageId);

    /** The open messages of an epoch, oldest first. */
    List<OpenMessageRecord> byEpoch(long epoch);

    /** Sets <code>is_certified</code>; false if no such message. */
    boolean markCertified(String openMessageId);

    /**
     * Sets <code>is_expired</code> on the messages of a type that are neither certified nor expired and whose
     * <code>expires_at</code> is before {@code now}; returns them.
     */
    List<OpenMessageRecord> markExpired(int signedEntityTypeId, Instant now);

    /** Deletes the open messages of epochs before {@code epoch}, and by cascade their signatures. */
    int deleteBeforeEpoch(long epoch);
}
