package io.mithril.domain;

import java.util.Optional;

/**
 * The plugin-defined signed entity types an aggregator knows: restores a {@link SignedEntityType.PluginType} from its
 * database form or its certificate JSON. Only the plugin knows a beacon's shape and hash feed.
 */
public interface PluginSignedEntityTypes {
    /** Knows no plugin type. */
    PluginSignedEntityTypes NONE = new PluginSignedEntityTypes() {
        @Override
        public Optional<SignedEntityType> fromDatabase(int databaseId, String beaconJson) {
            return Optional.empty();
        }

        @Override
        public Optional<SignedEntityType> fromJson(String typeName, String beaconJson) {
            return Optional.empty();
        }
    };

    /** The type with this database id and stored beacon, empty if no plugin has this id. */
    Optional<SignedEntityType> fromDatabase(int databaseId, String beaconJson);

    /** The type with this JSON tag and certificate beacon JSON value, empty if no plugin has this name. */
    Optional<SignedEntityType> fromJson(String typeName, String beaconJson);
}
