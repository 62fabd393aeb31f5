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
        if (settings.chainFile().isPresent() && !Optional.of(anchor).equals(stored)) {
            ChainFile.write(settings.chainFile().get(), anchor);
        }
        return new DevnetChain(anchor, clock);
    }
}
