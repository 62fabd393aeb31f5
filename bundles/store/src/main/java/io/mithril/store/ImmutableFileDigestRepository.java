package io.mithril.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The immutable file digest cache (never pruned; emptied by <code>--reset-digests-cache</code>). */
@ProviderType
public interface ImmutableFileDigestRepository {
    /** Inserts or replaces digests, in one transaction. */
    void save(Collection<ImmutableFileDigestRecord> digests);

    Optional<ImmutableFileDigestRecord> byName(String immutableFileName);

    /** The whole cache, ordered by file name. */
    List<ImmutableFileDigestRecord> all();

    /** Empties the cache. */
    int deleteAll();
}
