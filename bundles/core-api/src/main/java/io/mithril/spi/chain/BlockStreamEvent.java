package io.mithril.spi.chain;

import java.util.List;

/** What a {@link BlockStream} poll returns: blocks rolled forward, or a roll back to an earlier point. */
public sealed interface BlockStreamEvent {
    record RollForward(List<ScannedBlock> blocks) implements BlockStreamEvent {
        public RollForward {
            blocks = List.copyOf(blocks);
        }
    }

    record RollBackward(ChainPoint point) implements BlockStreamEvent {
    }
}
