package io.mithril.domain;

import java.nio.ByteBuffer;

/**
 * What a certificate certifies, with its beacon. Mirrors the reference enum, including the discontinued
 * {@code CardanoImmutableFilesFull} so that historical certificates can still be read and hashed.
 * <p>
 * JSON (externally tagged) lives in {@code io.mithril.domain.message.SignedEntityTypeJson}; the database beacon form is
 * produced by {@link #beaconJson()} and read by {@link SignedEntityTypes#fromDatabase(int, String)}.
 */
public sealed interface SignedEntityType {

    /**
     * The reference's discriminant.
     *
     * @throws UnsupportedOperationException for a {@link PluginType}, which is none of the reference's; use
     *         {@link #typeName()} and {@link #databaseId()} to handle every type
     */
    SignedEntityTypeDiscriminant discriminant();

    /** The JSON tag of the type, e.g. {@code "CardanoTransactions"} or a plugin's name. */
    default String typeName() {
        return discriminant().jsonName();
    }

    /** The {@code signed_entity_type.id} of the aggregator database (plugin types: 1000 and up). */
    default int databaseId() {
        return discriminant().databaseId();
    }

    /** The epoch carried by the beacon (for a CSD this is the stake epoch, one less than the certificate epoch). */
    Epoch epoch();

    /**
     * The bytes this type feeds into the certificate hash (certificates.md §4): u64 BE integers, and for
     * CardanoBlocksTransactions only a leading u16 BE discriminant 5.
     */
    byte[] hashFeed();

    /** The beacon JSON stored in the aggregator database column {@code signed_entity_beacon}. */
    String beaconJson();

    /** The certificate epoch at which this type is signed: the beacon epoch, plus one for a CSD. */
    default Epoch certificateEpoch() {
        return epoch();
    }

    record MithrilStakeDistribution(Epoch epoch) implements SignedEntityType {
        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            return SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION;
        }

        @Override
        public byte[] hashFeed() {
            return u64s(epoch.value());
        }

        @Override
        public String beaconJson() {
            return Long.toString(epoch.value());
        }
    }

    record CardanoStakeDistribution(Epoch epoch) implements SignedEntityType {
        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            return SignedEntityTypeDiscriminant.CARDANO_STAKE_DISTRIBUTION;
        }

        @Override
        public byte[] hashFeed() {
            return u64s(epoch.value());
        }

        @Override
        public String beaconJson() {
            return Long.toString(epoch.value());
        }

        @Override
        public Epoch certificateEpoch() {
            return epoch.plus(1);
        }
    }

    /** Legacy full immutable-files snapshot; discontinued, kept for reading and hashing historical data. */
    record CardanoImmutableFilesFull(CardanoDbBeacon beacon) implements SignedEntityType {
        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            return SignedEntityTypeDiscriminant.CARDANO_IMMUTABLE_FILES_FULL;
        }

        @Override
        public Epoch epoch() {
            return beacon.epoch();
        }

        @Override
        public byte[] hashFeed() {
            return u64s(beacon.epoch().value(), beacon.immutableFileNumber());
        }

        @Override
        public String beaconJson() {
            return dbBeaconJson(beacon);
        }
    }

    record CardanoTransactions(Epoch epoch, long blockNumber) implements SignedEntityType {
        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            return SignedEntityTypeDiscriminant.CARDANO_TRANSACTIONS;
        }

        @Override
        public byte[] hashFeed() {
            return u64s(epoch.value(), blockNumber);
        }

        @Override
        public String beaconJson() {
            return "{\"epoch\":" + epoch.value() + ",\"block_number\":" + Long.toUnsignedString(blockNumber) + "}";
        }
    }

    record CardanoDatabase(CardanoDbBeacon beacon) implements SignedEntityType {
        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            return SignedEntityTypeDiscriminant.CARDANO_DATABASE;
        }

        @Override
        public Epoch epoch() {
            return beacon.epoch();
        }

        @Override
        public byte[] hashFeed() {
            return u64s(beacon.epoch().value(), beacon.immutableFileNumber());
        }

        @Override
        public String beaconJson() {
            return dbBeaconJson(beacon);
        }
    }

    record CardanoBlocksTransactions(Epoch epoch, long blockNumber, long blockNumberOffset)
            implements SignedEntityType {
        /** Fed as u16 since reference commit ee1c37aec (2026-04-13); it was an 8-byte usize before. */
        static final int HASHED_DISCRIMINANT = 5;

        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            return SignedEntityTypeDiscriminant.CARDANO_BLOCKS_TRANSACTIONS;
        }

        @Override
        public byte[] hashFeed() {
            ByteBuffer buffer = ByteBuffer.allocate(2 + 3 * Long.BYTES);
            buffer.putShort((short) HASHED_DISCRIMINANT);
            buffer.putLong(epoch.value()).putLong(blockNumber).putLong(blockNumberOffset);
            return buffer.array();
        }

        @Override
        public String beaconJson() {
            return "{\"epoch\":" + epoch.value() + ",\"block_number\":" + Long.toUnsignedString(blockNumber)
                    + ",\"block_number_offset\":" + Long.toUnsignedString(blockNumberOffset) + "}";
        }

        /** The tip block number the artifact records: signed block + offset. */
        public long blockNumberTip() {
            return blockNumber + blockNumberOffset;
        }
    }

    /**
     * A type defined by a third-party plugin: everything the certificate needs (tag, beacon JSON, hash feed) comes
     * from the plugin's beacon, so the domain does not need to know its shape.
     */
    record PluginType(String typeName, int databaseId, Epoch epoch, Epoch certificateEpoch, String certificateJson,
            String beaconJson, byte[] hashFeed) implements SignedEntityType {
        /** Ids below are the reference's (0–5 and those it may add). */
        public static final int FIRST_DATABASE_ID = 1000;

        public PluginType {
            java.util.Objects.requireNonNull(typeName, "typeName");
            if (SignedEntityTypeDiscriminant.fromJsonName(typeName).isPresent()) {
                throw new IllegalArgumentException(typeName + " is a reference type, not a plugin type");
            }
            if (databaseId < FIRST_DATABASE_ID) {
                throw new IllegalArgumentException("plugin type " + typeName + " needs a database id >= "
                        + FIRST_DATABASE_ID + ", got " + databaseId);
            }
            java.util.Objects.requireNonNull(epoch, "epoch");
            java.util.Objects.requireNonNull(certificateEpoch, "certificateEpoch");
            java.util.Objects.requireNonNull(certificateJson, "certificateJson");
            java.util.Objects.requireNonNull(beaconJson, "beaconJson");
            hashFeed = hashFeed.clone();
        }

        @Override
        public SignedEntityTypeDiscriminant discriminant() {
            throw new UnsupportedOperationException(typeName + " is a plugin type, not one of the reference's");
        }

        @Override
        public byte[] hashFeed() {
            return hashFeed.clone();
        }

        // A record compares arrays by identity: compare the feed's content instead.
        @Override
        public boolean equals(Object o) {
            return o instanceof PluginType other && typeName.equals(other.typeName) && databaseId == other.databaseId
                    && epoch.equals(other.epoch) && certificateEpoch.equals(other.certificateEpoch)
                    && certificateJson.equals(other.certificateJson) && beaconJson.equals(other.beaconJson)
                    && java.util.Arrays.equals(hashFeed, other.hashFeed);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(typeName, databaseId, epoch, beaconJson) * 31
                    + java.util.Arrays.hashCode(hashFeed);
        }

        @Override
        public String toString() {
            return typeName + "(" + beaconJson + ")";
        }
    }

    private static byte[] u64s(long... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Long.BYTES);
        for (long v : values) {
            buffer.putLong(v);
        }
        return buffer.array();
    }

    private static String dbBeaconJson(CardanoDbBeacon beacon) {
        return "{\"epoch\":" + beacon.epoch().value() + ",\"immutable_file_number\":"
                + Long.toUnsignedString(beacon.immutableFileNumber()) + "}";
    }
}
