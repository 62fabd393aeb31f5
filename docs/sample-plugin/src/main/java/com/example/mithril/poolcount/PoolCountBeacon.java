package com.example.mithril.poolcount;

import java.nio.ByteBuffer;

import io.mithril.spi.signedentity.Beacon;

/** The beacon of a pool count: an epoch. */
record PoolCountBeacon(long epoch) implements Beacon {
    @Override
    public String certificateJson() {
        return Long.toUnsignedString(epoch);
    }

    @Override
    public String storageJson() {
        return certificateJson();
    }

    @Override
    public byte[] hashFeed() {
        return ByteBuffer.allocate(Long.BYTES).putLong(epoch).array();
    }
}
