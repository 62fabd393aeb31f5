package io.mithril.signature.dmq;

import io.mithril.spi.signature.SignatureSink;
import io.mithril.spi.signature.SignatureSource;
import java.time.Clock;
import java.util.Map;
import java.util.Objects;

/**
 * The DMQ signature source (origin {@code DMQ}): between {@link #open} and {@link #close} it runs a
 * {@link DmqSignatureConsumer} feeding the sink. Counters survive re-opening. Plain Java; the OSGi component
 * registers it only when {@code dmq_node_socket_path} is configured.
 */
public final class DmqSignatureSource implements SignatureSource, DmqConsumerStatistics {
    private final DmqConsumerSettings settings;
    private final Clock clock;
    private final DmqConsumerCounters counters = new DmqConsumerCounters();
    private DmqSignatureConsumer consumer;

    public DmqSignatureSource(DmqConsumerSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    public DmqConsumerSettings settings() {
        return settings;
    }

    @Override
    public String origin() {
        return DmqMessageProcessor.ORIGIN;
    }

    @Override
    public synchronized void open(SignatureSink sink) {
        if (consumer != null) {
            consumer.close();
        }
        DmqMessageProcessor processor = new DmqMessageProcessor(new DmqMessageValidator(clock, settings.rules()),
                counters, sink, clock, settings.deduplicationTtl());
        consumer = new DmqSignatureConsumer(settings, processor, counters);
        consumer.start();
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close();
            consumer = null;
        }
    }

    public synchronized boolean isOpen() {
        return consumer != null;
    }

    @Override
    public long received() {
        return counters.received();
    }

    @Override
    public long valid() {
        return counters.valid();
    }

    @Override
    public long duplicates() {
        return counters.duplicates();
    }

    @Override
    public long invalid(DropReason reason) {
        return counters.invalid(reason);
    }

    @Override
    public Map<DropReason, Long> invalidByReason() {
        return counters.invalidByReason();
    }

    @Override
    public long connections() {
        return counters.connections();
    }

    @Override
    public long connectionFailures() {
        return counters.connectionFailures();
    }
}
