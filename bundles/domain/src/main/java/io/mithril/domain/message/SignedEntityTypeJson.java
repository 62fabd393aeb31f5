package io.mithril.domain.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.domain.CardanoDbBeacon;
import io.mithril.domain.Epoch;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The externally tagged JSON of a signed entity type, e.g. {@code {"CardanoTransactions":[23,689]}} (certificates.md
 * §4). The legacy {@code CardanoImmutableFilesFull} is read (ignoring the {@code network} its pre-2024-11 beacons had)
 * and written back.
 */
public final class SignedEntityTypeJson {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private SignedEntityTypeJson() {
    }

    public static JsonNode toJson(SignedEntityType type) {
        ObjectNode node = NODES.objectNode();
        if (type instanceof SignedEntityType.PluginType plugin) {
            node.set(plugin.typeName(), readTree(plugin.certificateJson()));
            return node;
        }
        String tag = type.discriminant().jsonName();
        if (type instanceof SignedEntityType.MithrilStakeDistribution msd) {
            node.put(tag, msd.epoch().value());
        } else if (type instanceof SignedEntityType.CardanoStakeDistribution csd) {
            node.put(tag, csd.epoch().value());
        } else if (type instanceof SignedEntityType.CardanoImmutableFilesFull ciff) {
            node.set(tag, beacon(ciff.beacon()));
        } else if (type instanceof SignedEntityType.CardanoDatabase cdb) {
            node.set(tag, beacon(cdb.beacon()));
        } else if (type instanceof SignedEntityType.CardanoTransactions ctx) {
            node.putArray(tag).add(ctx.epoch().value()).add(ctx.blockNumber());
        } else if (type instanceof SignedEntityType.CardanoBlocksTransactions cbtx) {
            node.putArray(tag).add(cbtx.epoch().value()).add(cbtx.blockNumber()).add(cbtx.blockNumberOffset());
        } else {
            throw new IllegalArgumentException("unsupported signed entity type " + type);
        }
        return node;
    }

    /**
     * @throws IllegalArgumentException on an unknown tag or a value of the wrong shape
     */
    public static SignedEntityType fromJson(JsonNode node) {
        return fromJson(node, PluginSignedEntityTypes.NONE);
    }

    /**
     * As {@link #fromJson(JsonNode)}, also reading the plugin types {@code plugins} knows (a tag that is not the
     * reference's).
     *
     * @throws IllegalArgumentException on a tag neither the reference nor a plugin has, or a value of the wrong shape
     */
    public static SignedEntityType fromJson(JsonNode node, PluginSignedEntityTypes plugins) {
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("a signed entity type is an object with one tag, got " + node);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        Map.Entry<String, JsonNode> entry = fields.next();
        JsonNode value = entry.getValue();
        if (SignedEntityTypeDiscriminant.fromJsonName(entry.getKey()).isEmpty()) {
            return plugins.fromJson(entry.getKey(), value.toString()).orElseThrow(
                    () -> new IllegalArgumentException("unknown signed entity type " + entry.getKey()));
        }
        SignedEntityTypeDiscriminant discriminant = SignedEntityTypeDiscriminant.fromJsonName(entry.getKey())
                .orElseThrow();
        return switch (discriminant) {
            case MITHRIL_STAKE_DISTRIBUTION -> new SignedEntityType.MithrilStakeDistribution(epoch(value));
            case CARDANO_STAKE_DISTRIBUTION -> new SignedEntityType.CardanoStakeDistribution(epoch(value));
            case CARDANO_IMMUTABLE_FILES_FULL -> new SignedEntityType.CardanoImmutableFilesFull(beacon(value));
            case CARDANO_DATABASE -> new SignedEntityType.CardanoDatabase(beacon(value));
            case CARDANO_TRANSACTIONS -> {
                long[] v = integers(value, 2);
                yield new SignedEntityType.CardanoTransactions(Epoch.of(v[0]), v[1]);
            }
            case CARDANO_BLOCKS_TRANSACTIONS -> {
                long[] v = integers(value, 3);
                yield new SignedEntityType.CardanoBlocksTransactions(Epoch.of(v[0]), v[1], v[2]);
            }
        };
    }

    private static JsonNode readTree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid beacon JSON " + json, e);
        }
    }

    private static ObjectNode beacon(CardanoDbBeacon beacon) {
        ObjectNode node = NODES.objectNode();
        node.put("epoch", beacon.epoch().value());
        node.put("immutable_file_number", beacon.immutableFileNumber());
        return node;
    }

    private static CardanoDbBeacon beacon(JsonNode value) {
        JsonNode epoch = value.get("epoch");
        JsonNode ifn = value.get("immutable_file_number");
        if (epoch == null || ifn == null || !epoch.isIntegralNumber() || !ifn.isIntegralNumber()) {
            throw new IllegalArgumentException("invalid Cardano DB beacon " + value);
        }
        return CardanoDbBeacon.of(epoch.asLong(), ifn.asLong());
    }

    private static Epoch epoch(JsonNode value) {
        if (!value.isIntegralNumber()) {
            throw new IllegalArgumentException("expected an epoch number, got " + value);
        }
        return Epoch.of(value.asLong());
    }

    private static long[] integers(JsonNode value, int count) {
        if (!value.isArray() || value.size() != count) {
            throw new IllegalArgumentException("expected an array of " + count + " integers, got " + value);
        }
        long[] result = new long[count];
        for (int i = 0; i < count; i++) {
            if (!value.get(i).isIntegralNumber()) {
                throw new IllegalArgumentException("expected integers, got " + value);
            }
            result[i] = value.get(i).asLong();
        }
        return result;
    }

    public static final class Serializer extends JsonSerializer<SignedEntityType> {
        @Override
        public void serialize(SignedEntityType value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeTree(toJson(value));
        }
    }

    public static final class Deserializer extends JsonDeserializer<SignedEntityType> {
        @Override
        public SignedEntityType deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            try {
                return fromJson(node);
            } catch (IllegalArgumentException e) {
                return (SignedEntityType) ctxt.handleWeirdStringValue(SignedEntityType.class, String.valueOf(node),
                        e.getMessage());
            }
        }
    }
}
