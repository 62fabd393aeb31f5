package io.mithril.signature.dmq.internal;

import io.mithril.metrics.CounterFamily;
import io.mithril.metrics.CounterSource;
import io.mithril.signature.dmq.DmqConsumerStatistics;
import java.util.List;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Serves the DMQ consumer's counters on {@code /metrics} while the consumer exists: its statistics service is
 * registered only when {@code dmq_node_socket_path} is set, and this component follows it (static reference).
 */
@Component(service = CounterSource.class)
public final class DmqConsumerMetricsComponent implements CounterSource {
    private final DmqConsumerCounterSource counters;

    @Activate
    public DmqConsumerMetricsComponent(@Reference DmqConsumerStatistics statistics) {
        this.counters = new DmqConsumerCounterSource(statistics);
    }

    @Override
    public List<CounterFamily> counterFamilies() {
        return counters.counterFamilies();
    }
}
