package io.mithril.signature.dmq;

import static io.mithril.signature.dmq.TestSupport.DERIVED;
import static io.mithril.signature.dmq.TestSupport.DERIVED_EXPIRES_AT;
import static io.mithril.signature.dmq.TestSupport.clockAt;
import static io.mithril.signature.dmq.TestSupport.hex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.metrics.internal.PrometheusMetricsService;
import io.mithril.signature.dmq.internal.DmqConsumerCounterSource;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The consumer's counts, driven by the reference's DMQ message, as served on /metrics. */
class DmqConsumerMetricsTest {
    private static final byte[] VALID = hex(DERIVED.get("dmq_msg_cbor"));

    @Test
    void receivedValidDuplicateAndDroppedMessagesAreServedOnMetrics() {
        TestSupport.MutableClock clock = clockAt(DERIVED_EXPIRES_AT - 1000);
        DmqConsumerCounters counters = new DmqConsumerCounters();
        DmqMessageProcessor processor = new DmqMessageProcessor(
                new DmqMessageValidator(clock, DmqValidationRules.defaults()), counters,
                new TestSupport.RecordingSink(), clock, DmqMessageProcessor.DEFAULT_DEDUPLICATION_TTL);
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.addCounterSource(new DmqConsumerCounterSource(counters));

        processor.process(List.of(VALID, VALID, new byte[] {1, 2, 3}, new byte[] {(byte) 0x82}));

        List<String> lines = metrics.exposition().lines()
                .filter(line -> line.startsWith("mithril_aggregator_dmq_")).toList();
        String dropped = DmqConsumerCounterSource.DROPPED;
        assertEquals(List.of(
                "mithril_aggregator_dmq_connection_failures_since_startup 0",
                "mithril_aggregator_dmq_connections_since_startup 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"expired\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"expires_too_late\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"invalid_body\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"invalid_field_size\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"invalid_kes_signature\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"invalid_message_id\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"invalid_opcert_signature\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"kes_period_out_of_range\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"malformed\"} 2",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"sink_failed\"} 0",
                "mithril_aggregator_dmq_messages_dropped_since_startup{reason=\"unsupported_signed_entity_type\"} 0",
                "mithril_aggregator_dmq_messages_duplicates_since_startup 1",
                "mithril_aggregator_dmq_messages_received_since_startup 4",
                "mithril_aggregator_dmq_messages_valid_since_startup 1"), lines);
        assertTrue(metrics.exposition().contains("# TYPE " + dropped + " counter\n"));
    }

    @Test
    void eachDropReasonHasItsOwnSeries() {
        DmqConsumerCounters counters = new DmqConsumerCounters();
        counters.countInvalid(DropReason.EXPIRED);
        counters.countInvalid(DropReason.EXPIRED);
        counters.countInvalid(DropReason.INVALID_KES_SIGNATURE);

        String text = exposition(counters);

        assertTrue(text.contains(DmqConsumerCounterSource.DROPPED + "{reason=\"expired\"} 2\n"), text);
        assertTrue(text.contains(DmqConsumerCounterSource.DROPPED + "{reason=\"invalid_kes_signature\"} 1\n"), text);
        assertEquals(DropReason.values().length,
                text.lines().filter(line -> line.startsWith(DmqConsumerCounterSource.DROPPED + "{")).count());
    }

    private static String exposition(DmqConsumerStatistics statistics) {
        PrometheusMetricsService metrics = new PrometheusMetricsService();
        metrics.addCounterSource(new DmqConsumerCounterSource(statistics));
        return metrics.exposition();
    }
}
