package io.mithril.store;

import java.util.Collection;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Signatures that arrived before their open message (aggregator.md §1.4: 202 "buffered"). */
@ProviderType
public interface BufferedSignatureRepository {
    /** Inserts or replaces the buffered signature of (type, party). */
    void buffer(BufferedSignatureRecord signature);

    /** The buffered signatures of a type, oldest first. */
    List<BufferedSignatureRecord> byType(int signedEntityTypeId);

    /** Removes the given parties' buffered signatures of a type (after a successful replay). */
    int remove(int signedEntityTypeId, Collection<String> partyIds);

    /** Atomically returns and removes every buffered signature of a type, oldest first. */
    List<BufferedSignatureRecord> drain(int signedEntityTypeId);
}
