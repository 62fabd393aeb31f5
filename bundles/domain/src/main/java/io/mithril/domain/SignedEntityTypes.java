package io.mithril.domain;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Reads signed entity types back from the aggregator database form (id + beacon JSON). */
public final class SignedEntityTypes {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignedEntityTypes() {
    }

    /**
     * Rebuilds a type from its database id and {@code signed_entity_beacon} JSON.
     *
     * @throws IllegalArgumentException on an unknown id or a beacon of the wrong shape
     */
    public static SignedEntityType fromDatabase(int databaseId, String beaconJson) {
        return fromDatabase(databaseId, beaconJson, PluginSignedEntityTypes.NONE);
    }

    /**
     * As {@link #fromDatabase(int, String)}, also restoring the plugin types that {@code plugins} knows.
     *
     * @throws IllegalArgumentException on an id neither the reference nor a plugin has, or a beacon of the wrong shape
     */
    public static SignedEntityType fromDatabase(int databaseId, String beaconJson, PluginSignedEntityTypes plugins) {
        if (SignedEntityTypeDiscriminant.fromDatabaseId(databaseId).isEmpty()) {
            return plugins.fromDatabase(databaseId, beaconJson).orElseThrow(
                    () -> new IllegalArgumentException("unknown signed entity type id " + databaseId));
        }
        SignedEntityTypeDiscriminant discriminant = SignedEntityTypeDiscriminant.fromDatabaseId(databaseId)
                .orElseThrow(() -> new IllegalArgumentException("unknown signed entity type id " + databaseId));
        JsonNode beacon;
        try {
            beacon = MAPPER.readTree(beaconJson);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid beacon JSON: " + beaconJson, e);
        }
        return switch (discriminant) {
            case MITHRIL_STAKE_DISTRIBUTION -> new SignedEntityType.MithrilStakeDistribution(epochOf(beacon));
            case CARDANO_STAKE_DISTRIBUTION -> new SignedEntityType.CardanoStakeDistribution(epochOf(beacon));
            case CARDANO_IMMUTABLE_FILES_FULL -> new SignedEntityType.CardanoImmutableFilesFull(dbBeacon(beacon));
            case CARDANO_DATABASE -> new SignedEntityType.CardanoDatabase(dbBeacon(beacon));
            case CARDANO_TRANSACTIONS -> new SignedEntityType.CardanoTransactions(
                    Epoch.of(required(beacon, "epoch").asLong()), required(beacon, "block_number").asLong());
            case CARDANO_BLOCKS_TRANSACTIONS -> new SignedEntityType.CardanoBlocksTransactions(
                    Epoch.of(required(beacon, "epoch").asLong()), required(beacon, "block_number").asLong(),
                    required(beacon, "block_number_offset").asLong());
        };
    }

    private static Epoch epochOf(JsonNode beacon) {
        if (!beacon.isIntegralNumber()) {
            throw new IllegalArgumentException("expected an epoch number, got " + beacon);
        }
        return Epoch.of(beacon.asLong());
    }

    private static CardanoDbBeacon dbBeacon(JsonNode beacon) {
        return CardanoDbBeacon.of(required(beacon, "epoch").asLong(),
                required(beacon, "immutable_file_number").asLong());
    }

    private static JsonNode required(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber()) {
            throw new IllegalArgumentException("beacon field '" + field + "' missing or not a number in " + node);
        }
        return value;
    }
}
