package io.mithril.plugin.msd.internal;

import io.mithril.spi.signedentity.Beacon;
import java.nio.ByteBuffer;

/** {@code MithrilStakeDistribution(epoch)}: JSON and stored form are the bare epoch; hash feed u64 BE epoch. */
record MsdBeacon(long epoch) implements Beacon {
    MsdBeacon {
        if (epoch < 0) {
            throw new IllegalArgumentException("negative epoch " + epoch);
        }
    }

    static MsdBeacon parse(String json) {
        try {
            return new MsdBeacon(Long.parseLong(json.trim()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("a MithrilStakeDistribution beacon is an epoch number, got " + json, e);
        }
    }

    @Override
    public String certificateJson() {
        return Long.toString(epoch);
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
