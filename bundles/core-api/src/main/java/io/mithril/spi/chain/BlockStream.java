package io.mithril.spi.chain;

import java.util.Optional;

import org.osgi.annotation.versioning.ConsumerType;

/** A stream of blocks from a starting point, read in bounded polls (ChainSync, ImmutableDB scan, simulation). */
@ConsumerType
public interface BlockStream extends AutoCloseable {
    /** The next event, or empty when the stream has caught up with the tip for now. */
    Optional<BlockStreamEvent> poll() throws ChainObserverException;

    @Override
    void close();
}
