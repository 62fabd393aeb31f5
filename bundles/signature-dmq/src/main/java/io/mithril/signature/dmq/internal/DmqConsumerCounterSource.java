package io.mithril.signature.dmq.internal;

import io.mithril.metrics.CounterFamily;
import io.mithril.metrics.CounterFamily.CounterValue;
import io.mithril.metrics.CounterSource;
import io.mithril.signature.dmq.DmqConsumerStatistics;
import io.mithril.signature.dmq.DropReason;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The DMQ consumer's statistics as Prometheus counters of our own (the reference has none for DMQ drops; names in
 * docs/operations.md "Metrics"). Read from {@link DmqConsumerStatistics} at each scrape, so there is one count only.
 * Every drop reason is exposed, zeros included: the set is fixed and known, and a series that exists from the start
 * lets {@code rate()} see the first drop.
 */
public final class DmqConsumerCounterSource implements CounterSource {
    public static final String RECEIVED = "mithril_aggregator_dmq_messages_received_since_startup";
    public static final String VALID = "mithril_aggregator_dmq_messages_valid_since_startup";
    public static final String DUPLICATES = "mithril_aggregator_dmq_messages_duplicates_since_startup";
    public static final String DROPPED = "mithril_aggregator_dmq_messages_dropped_since_startup";
    public static final String CONNECTIONS = "mithril_aggregator_dmq_connections_since_startup";
    public static final String CONNECTION_FAILURES = "mithril_aggregator_dmq_connection_failures_since_startup";
    /** Label of {@link #DROPPED}: the {@link DropReason} in lower case ({@code expired}, {@code malformed}...). */
    public static final String REASON = "reason";

    private final DmqConsumerStatistics statistics;

    public DmqConsumerCounterSource(DmqConsumerStatistics statistics) {
        this.statistics = statistics;
    }

    @Override
    public List<CounterFamily> counterFamilies() {
        return List.of(
                single(RECEIVED, "Number of DMQ messages received since startup, replays included",
                        statistics.received()),
                single(VALID, "Number of DMQ messages handed to the signature processor since startup",
                        statistics.valid()),
                single(DUPLICATES, "Number of DMQ messages dropped as already handed over since startup",
                        statistics.duplicates()),
                new CounterFamily(DROPPED, "Number of invalid DMQ messages dropped since startup, by reason",
                        List.of(REASON), dropped(statistics.invalidByReason())),
                single(CONNECTIONS, "Number of connections to the DMQ node since startup",
                        statistics.connections()),
                single(CONNECTION_FAILURES, "Number of failed connections to the DMQ node since startup",
                        statistics.connectionFailures()));
    }

    /** The label value of a reason, e.g. {@code invalid_kes_signature}. */
    public static String reasonLabel(DropReason reason) {
        return reason.name().toLowerCase(Locale.ROOT);
    }

    private static List<CounterValue> dropped(Map<DropReason, Long> byReason) {
        List<CounterValue> values = new ArrayList<>();
        byReason.forEach((reason, count) -> values.add(new CounterValue(List.of(reasonLabel(reason)), count)));
        return values;
    }

    private static CounterFamily single(String name, String help, long value) {
        return new CounterFamily(name, help, List.of(), List.of(new CounterValue(List.of(), value)));
    }
}
