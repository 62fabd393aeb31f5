package io.mithril.core.internal.runtime;

import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.certifier.Certifier;
import io.mithril.core.internal.certifier.OpenMessage;
import io.mithril.core.internal.certifier.OpenMessageService;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.runtime.RuntimeState.Blocked;
import io.mithril.core.internal.runtime.RuntimeState.Idle;
import io.mithril.core.internal.runtime.RuntimeState.Ready;
import io.mithril.core.internal.runtime.RuntimeState.Signing;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.chain.TimePoint;

/**
 * The leader's state machine (aggregator.md §2.1), one transition per {@link #tick()}. The new state is assigned only
 * when a tick succeeds: any error keeps the current state (so a failed Idle tick re-runs the epoch tasks), except a
 * {@link CriticalRuntimeException}, which the caller must treat as fatal. One thread ticks; others may read the state.
 */
public final class AggregatorRuntime {
    private static final Logger LOG = LoggerFactory.getLogger(AggregatorRuntime.class);

    private final TimePointReader timePoints;
    private final IdleCycle idleCycle;
    private final EpochService epochs;
    private final OpenMessageService openMessages;
    private final Certifier certifier;
    private final MetricsService metrics;
    private volatile RuntimeState state = new Idle(Optional.empty());
    private volatile Exception lastError;

    /** @param idleCycle the leader's or the follower's Idle */
    public AggregatorRuntime(TimePointReader timePoints, IdleCycle idleCycle, EpochService epochs,
            OpenMessageService openMessages, Certifier certifier, MetricsService metrics) {
        this.timePoints = timePoints;
        this.idleCycle = idleCycle;
        this.epochs = epochs;
        this.openMessages = openMessages;
        this.certifier = certifier;
        this.metrics = metrics;
    }

    public RuntimeState state() {
        return state;
    }

    /** The error of the last tick, empty when it succeeded. */
    public Optional<Exception> lastError() {
        return Optional.ofNullable(lastError);
    }

    /** @throws CriticalRuntimeException when the runtime must stop (unsupported era) */
    public void tick() throws CriticalRuntimeException {
        metrics.increment(AggregatorMetric.RUNTIME_CYCLE_TOTAL);
        try {
            RuntimeState next = next(state);
            if (!next.label().equals(state.label())) {
                LOG.info("runtime: {} → {}", state.label(), next.label());
            }
            state = next;
            lastError = null;
            metrics.increment(AggregatorMetric.RUNTIME_CYCLE_SUCCESS);
        } catch (CriticalRuntimeException e) {
            lastError = e;
            throw e;
        } catch (Exception e) {
            lastError = e;
            LOG.warn("runtime tick in state {} failed, state kept: {}", state.label(), e.getMessage());
            LOG.debug("runtime tick failure", e);
        }
    }

    private RuntimeState next(RuntimeState current) throws Exception {
        if (current instanceof Idle idle) {
            return idleCycle.next(idle);
        }
        if (current instanceof Blocked blocked) {
            TimePoint now = timePoints.read();
            return now.epoch() > blocked.since().epoch() ? new Idle(Optional.of(blocked.since())) : blocked;
        }
        if (current instanceof Ready ready) {
            return fromReady(ready);
        }
        return fromSigning((Signing) current);
    }

    private RuntimeState fromReady(Ready ready) throws Exception {
        TimePoint now = timePoints.read();
        if (now.epoch() > ready.timePoint().epoch()) {
            return new Idle(Optional.of(ready.timePoint()));
        }
        EpochData epoch = epochs.requireData();
        return openMessages.currentNonCertified(now, epoch).<RuntimeState>map(m -> new Signing(now, m))
                .orElseGet(() -> new Ready(now));
    }

    /**
     * Certifies the open message when its quorum is there. A message already certified by the signature processor
     * (which certifies as soon as a quorum is stored) sends the runtime back to Ready for the next type.
     */
    private RuntimeState fromSigning(Signing signing) throws Exception {
        OpenMessage message = openMessages.refresh(signing.openMessage());
        TimePoint now = timePoints.read();
        if (now.epoch() > signing.timePoint().epoch()) {
            return new Idle(Optional.of(signing.timePoint()));
        }
        EpochData epoch = epochs.requireData();
        if (message.certified() || openMessages.isOutdated(message, now, epoch)) {
            return new Ready(now);
        }
        if (certifier.certify(message.id()).isPresent()) {
            return new Ready(now);
        }
        throw new NoQuorumYetException(message);
    }

    /** Signing without a quorum is an error tick, as in the reference (no success metric). */
    static final class NoQuorumYetException extends Exception {
        private static final long serialVersionUID = 1L;

        NoQuorumYetException(OpenMessage message) {
            super("no quorum yet for " + message.type() + " (open message " + message.id() + ")");
        }
    }
}
