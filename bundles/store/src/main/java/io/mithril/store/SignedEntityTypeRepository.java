package io.mithril.store;

import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The <code>signed_entity_type</code> table, which certificates, open messages and signed entities refer to. */
@ProviderType
public interface SignedEntityTypeRepository {
    /** Adds a type if its id is not there yet (for third-party plugins; the built-in rows come with the schema). */
    void register(int id, String name);

    /** Every type, id to name. */
    Map<Integer, String> all();

    /** The id of a discriminant: a built-in one, or a registered type whose name is the discriminant. */
    Optional<Integer> idOf(String discriminant);
}
