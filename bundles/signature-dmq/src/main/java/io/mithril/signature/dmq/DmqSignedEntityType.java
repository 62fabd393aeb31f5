package io.mithril.signature.dmq;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The signed entity type carried in a Mithril DMQ body: the bincode-2 (standard config) encoding of the reference
 * enum, i.e. a varint variant index (the enum order below — not the database ids) followed by each u64 as a varint
 * (dmq.md §3.2). Converts to the externally tagged JSON the aggregator's signature processor reads, e.g.
 * {@code {"CardanoDatabase":{"epoch":10,"immutable_file_number":1728}}}.
 */
public record DmqSignedEntityType(Kind kind, List<Long> values) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /** The variants in bincode order, with their JSON tag and number of u64 fields. */
    public enum Kind {
        MITHRIL_STAKE_DISTRIBUTION("MithrilStakeDistribution", 1),
        CARDANO_STAKE_DISTRIBUTION("CardanoStakeDistribution", 1),
        CARDANO_DATABASE("CardanoDatabase", 2),
        CARDANO_TRANSACTIONS("CardanoTransactions", 2),
        CARDANO_BLOCKS_TRANSACTIONS("CardanoBlocksTransactions", 3);

        private final String jsonTag;
        private final int arity;

        Kind(String jsonTag, int arity) {
            this.jsonTag = jsonTag;
            this.arity = arity;
        }

        public String jsonTag() {
            return jsonTag;
        }

        public int arity() {
            return arity;
        }

        /** The bincode variant index. */
        public int index() {
            return ordinal();
        }

        static Optional<Kind> ofJsonTag(String tag) {
            return Arrays.stream(values()).filter(k -> k.jsonTag.equals(tag)).findFirst();
        }
    }

    public DmqSignedEntityType {
        values = List.copyOf(values);
        if (values.size() != kind.arity()) {
            throw new IllegalArgumentException(kind.jsonTag() + " carries " + kind.arity() + " values, got "
                    + values.size());
        }
    }

    public static DmqSignedEntityType mithrilStakeDistribution(long epoch) {
        return new DmqSignedEntityType(Kind.MITHRIL_STAKE_DISTRIBUTION, List.of(epoch));
    }

    public static DmqSignedEntityType cardanoStakeDistribution(long epoch) {
        return new DmqSignedEntityType(Kind.CARDANO_STAKE_DISTRIBUTION, List.of(epoch));
    }

    public static DmqSignedEntityType cardanoDatabase(long epoch, long immutableFileNumber) {
        return new DmqSignedEntityType(Kind.CARDANO_DATABASE, List.of(epoch, immutableFileNumber));
    }

    public static DmqSignedEntityType cardanoTransactions(long epoch, long blockNumber) {
        return new DmqSignedEntityType(Kind.CARDANO_TRANSACTIONS, List.of(epoch, blockNumber));
    }

    public static DmqSignedEntityType cardanoBlocksTransactions(long epoch, long blockNumber, long offset) {
        return new DmqSignedEntityType(Kind.CARDANO_BLOCKS_TRANSACTIONS, List.of(epoch, blockNumber, offset));
    }

    public long epoch() {
        return values.get(0);
    }

    /**
     * Decodes the bincode bytes (all of them).
     *
     * @throws DmqValidationException {@code UNSUPPORTED_SIGNED_ENTITY_TYPE} for an unknown variant,
     *         {@code INVALID_BODY} for truncated or trailing bytes
     */
    public static DmqSignedEntityType fromBincode(byte[] bytes) throws DmqValidationException {
        ByteBuffer in = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        long variant = readVarint(in);
        if (variant < 0 || variant >= Kind.values().length) {
            throw new DmqValidationException(DropReason.UNSUPPORTED_SIGNED_ENTITY_TYPE,
                    "unknown signed entity type variant " + Long.toUnsignedString(variant));
        }
        Kind kind = Kind.values()[(int) variant];
        Long[] values = new Long[kind.arity()];
        for (int i = 0; i < values.length; i++) {
            values[i] = readVarint(in);
        }
        if (in.hasRemaining()) {
            throw new DmqValidationException(DropReason.INVALID_BODY, in.remaining()
                    + " trailing byte(s) after the signed entity type");
        }
        return new DmqSignedEntityType(kind, List.of(values));
    }

    /** The canonical bincode-2 encoding. */
    public byte[] toBincode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeVarint(out, kind.index());
        values.forEach(v -> writeVarint(out, v));
        return out.toByteArray();
    }

    /** The externally tagged JSON of the reference's {@code SignedEntityType}. */
    public String toJson() {
        String tag = "{\"" + kind.jsonTag() + "\":";
        return switch (kind) {
            case MITHRIL_STAKE_DISTRIBUTION, CARDANO_STAKE_DISTRIBUTION -> tag + u64(0) + "}";
            case CARDANO_DATABASE -> tag + "{\"epoch\":" + u64(0) + ",\"immutable_file_number\":" + u64(1) + "}}";
            case CARDANO_TRANSACTIONS -> tag + "[" + u64(0) + "," + u64(1) + "]}";
            case CARDANO_BLOCKS_TRANSACTIONS -> tag + "[" + u64(0) + "," + u64(1) + "," + u64(2) + "]}";
        };
    }

    /**
     * Reads the externally tagged JSON (as signers send it over HTTP).
     *
     * @throws IllegalArgumentException for JSON that is not one of the five DMQ-capable types
     */
    public static DmqSignedEntityType fromJson(String json) {
        JsonNode node;
        try {
            node = MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("signed entity type is not JSON: " + json, e);
        }
        if (node == null || !node.isObject() || node.size() != 1) {
            throw new IllegalArgumentException("a signed entity type is an object with one tag: " + json);
        }
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        Map.Entry<String, JsonNode> entry = fields.next();
        Kind kind = Kind.ofJsonTag(entry.getKey()).orElseThrow(
                () -> new IllegalArgumentException("signed entity type not carried by DMQ: " + entry.getKey()));
        JsonNode value = entry.getValue();
        List<JsonNode> items = switch (kind) {
            case MITHRIL_STAKE_DISTRIBUTION, CARDANO_STAKE_DISTRIBUTION -> List.of(value);
            case CARDANO_DATABASE -> List.of(field(value, "epoch"), field(value, "immutable_file_number"));
            default -> value.isArray() ? toList(value) : List.of();
        };
        return new DmqSignedEntityType(kind, items.stream().map(DmqSignedEntityType::unsigned).toList());
    }

    private String u64(int i) {
        return Long.toUnsignedString(values.get(i));
    }

    private static JsonNode field(JsonNode object, String name) {
        JsonNode value = object.get(name);
        if (value == null) {
            throw new IllegalArgumentException("missing " + name + " in " + object);
        }
        return value;
    }

    private static List<JsonNode> toList(JsonNode array) {
        List<JsonNode> items = new java.util.ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static long unsigned(JsonNode value) {
        if (!value.isIntegralNumber() || value.bigIntegerValue().signum() < 0
                || value.bigIntegerValue().bitLength() > 64) {
            throw new IllegalArgumentException("expected an unsigned 64-bit integer, got " + value);
        }
        return value.bigIntegerValue().longValue();
    }

    /** bincode-2 varint: < 251 one byte; 251/252/253 then u16/u32/u64 little-endian. */
    private static long readVarint(ByteBuffer in) throws DmqValidationException {
        try {
            int first = Byte.toUnsignedInt(in.get());
            return switch (first) {
                case 251 -> Short.toUnsignedInt(in.getShort());
                case 252 -> Integer.toUnsignedLong(in.getInt());
                case 253 -> in.getLong();
                case 254, 255 -> throw new DmqValidationException(DropReason.INVALID_BODY,
                        "bincode varint marker " + first + " is not a u64");
                default -> first;
            };
        } catch (java.nio.BufferUnderflowException e) {
            throw new DmqValidationException(DropReason.INVALID_BODY, "signed entity type bytes end early");
        }
    }

    private static void writeVarint(ByteArrayOutputStream out, long value) {
        ByteBuffer buffer = ByteBuffer.allocate(9).order(ByteOrder.LITTLE_ENDIAN);
        if (value >= 0 && value < 251) {
            buffer.put((byte) value);
        } else if (value >= 0 && value <= 0xffff) {
            buffer.put((byte) 251).putShort((short) value);
        } else if (value >= 0 && value <= 0xffffffffL) {
            buffer.put((byte) 252).putInt((int) value);
        } else {
            buffer.put((byte) 253).putLong(value);
        }
        out.write(buffer.array(), 0, buffer.position());
    }

    @Override
    public String toString() {
        return toJson();
    }
}
