package io.mithril.core.internal.runtime;

import io.mithril.spi.chain.TimePoint;

/** The leader's Idle (aggregator.md §2.1): the epoch tasks when the epoch changed, then the chain check. */
public final class LeaderIdleCycle implements IdleCycle {
    private final TimePointReader timePoints;
    private final EpochTransition epochTransition;
    private final ChainStatusChecker chainStatus;

    public LeaderIdleCycle(TimePointReader timePoints, EpochTransition epochTransition,
            ChainStatusChecker chainStatus) {
        this.timePoints = timePoints;
        this.epochTransition = epochTransition;
        this.chainStatus = chainStatus;
    }

    @Override
    public RuntimeState next(RuntimeState.Idle idle) throws Exception {
        TimePoint now = timePoints.read();
        if (isNewEpoch(idle, now)) {
            epochTransition.run(now);
        }
        return stateAfterCheck(chainStatus.check(now.epoch()), now);
    }

    /** True when the epoch tasks have not run for this time point's epoch yet. */
    public static boolean isNewEpoch(RuntimeState.Idle idle, TimePoint now) {
        return idle.last().map(last -> now.epoch() > last.epoch()).orElse(true);
    }

    /** Blocked for the three blocking statuses, otherwise Ready. */
    public static RuntimeState stateAfterCheck(ChainStatusChecker.Status status, TimePoint now) {
        return switch (status) {
            case NO_GENESIS -> new RuntimeState.Blocked(now, RuntimeState.Reason.NO_GENESIS);
            case GENESIS_EPOCH -> new RuntimeState.Blocked(now, RuntimeState.Reason.GENESIS_EPOCH);
            case EPOCH_GAP -> new RuntimeState.Blocked(now, RuntimeState.Reason.EPOCH_GAP);
            case VALID -> new RuntimeState.Ready(now);
        };
    }
}
