package io.mithril.core.internal.runtime;

/**
 * What the runtime does in Idle (aggregator.md §2.1): the leader's epoch tasks and chain check, or the follower's
 * cycle with its leader (§3.1). Returns the next state; an exception keeps Idle.
 */
public interface IdleCycle {
    RuntimeState next(RuntimeState.Idle idle) throws Exception;
}
