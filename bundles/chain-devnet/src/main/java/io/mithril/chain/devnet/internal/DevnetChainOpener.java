package io.mithril.chain.devnet.internal;

import java.io.IOException;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.chain.devnet.DevnetChain;

/**
 * Opens the devnet chain: the stored one if any (re-anchored when the epoch duration changed), otherwise a new
 * genesis at the configured start epoch, persisted at once.
 */
final class DevnetChainOpener {
    private static final Logger LOG = LoggerFactory.getLogger(DevnetChainOpener.class);

    private final LongSupplier clock;
    private final Supplier<byte[]> genesisHashes;

    DevnetChainOpener(LongSupplier clock, Supplier<byte[]> genesisHashes) {
        this.clock = clock;
        this.genesisHashes = genesisHashes;
    }

    long now() {
        return clock.getAsLong();
    }

    /** @param previous the chain already open in this process (used when nothing is persisted) */
    DevnetChain open(DevnetSettings settings, Optional<DevnetChain> previous) throws IOException {
        Optional<DevnetChain.Anchor> stored = settings.chainFile().isPresent()
                ? ChainFile.read(settings.chainFile().get()) : Optional.empty();
        if (stored.isEmpty()) {
            stored = previous.map(DevnetChain::anchor);
        }
        DevnetChain.Anchor anchor;
        if (stored.isEmpty()) {
            anchor = DevnetChain.genesis(clock.getAsLong(), settings.startEpoch(), settings.epochDurationMillis(),
                    genesisHashes.get());
            LOG.info("devnet chain created at epoch {} (epochs of {} ms, genesis {})", anchor.epoch(),
                    anchor.epochDurationMillis(), anchor.genesisHash());
        } else if (stored.get().epochDurationMillis() != settings.epochDurationMillis()) {
            anchor = new DevnetChain(stored.get(), clock).reanchor(settings.epochDurationMillis());
            LOG.info("devnet epoch duration changed to {} ms at epoch {}", anchor.epochDurationMillis(),
                    anchor.epoch());
        } else {
            anchor = stored.get();
        }
        anchor = resumeAfterPause(settings, anchor, stored.isPresent());
        if (settings.chainFile().isPresent() && !Optional.of(anchor).equals(stored)) {
            ChainFile.write(settings.chainFile().get(), anchor);
        }
        return new DevnetChain(anchor, clock);
    }

    /** With {@code devnet_pause_when_stopped}, the time the aggregator was stopped does not count on the chain. */
    private DevnetChain.Anchor resumeAfterPause(DevnetSettings settings, DevnetChain.Anchor anchor, boolean stored)
            throws IOException {
        if (!settings.pauseWhenStopped() || !stored || settings.chainFile().isEmpty()) {
            return anchor;
        }
        Optional<Long> seen = new ChainHeartbeat(settings.chainFile().get()).lastSeen();
        long paused = seen.map(s -> clock.getAsLong() - s).orElse(0L);
        if (paused <= 0) {
            return anchor;
        }
        LOG.info("devnet chain resumed at its last observed point after a pause of {} ms", paused);
        return new DevnetChain.Anchor(anchor.timeMillis() + paused, anchor.slot(), anchor.epoch(),
                anchor.epochDurationMillis(), anchor.genesisTimeMillis(), anchor.genesisHash());
    }
}
