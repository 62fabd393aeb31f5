package io.mithril.signature.dmq;

import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.ProtocolException;
import io.mithril.ouroboros.dmq.DmqNodeClient;
import io.mithril.signature.dmq.internal.Backoff;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The long-lived LocalMsgNotification consumer: connects to the DMQ node, sends blocking requests one after the
 * other, and hands every reply to the {@link DmqMessageProcessor}. Any failure closes the connection and, after an
 * exponential back-off (never a hot loop), reconnects; the node then replays its mempool from the start and the
 * processor's de-duplication absorbs the replays.
 */
public final class DmqSignatureConsumer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DmqSignatureConsumer.class);

    private final DmqConsumerSettings settings;
    private final DmqMessageProcessor processor;
    private final DmqConsumerCounters counters;
    private final Object lock = new Object();
    private Thread worker;
    private DmqNodeClient connection;
    private volatile boolean running;

    public DmqSignatureConsumer(DmqConsumerSettings settings, DmqMessageProcessor processor,
            DmqConsumerCounters counters) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.processor = Objects.requireNonNull(processor, "processor");
        this.counters = Objects.requireNonNull(counters, "counters");
    }

    /** Starts the consumer thread. */
    public void start() {
        synchronized (lock) {
            if (worker != null) {
                throw new IllegalStateException("DMQ consumer already started");
            }
            running = true;
            worker = new Thread(this::run, "dmq-consumer");
            worker.setDaemon(true);
            worker.start();
        }
    }

    /** Stops the thread and closes the connection (an outstanding blocking request is abandoned). */
    @Override
    public void close() {
        Thread stopping;
        synchronized (lock) {
            running = false;
            stopping = worker;
            worker = null;
            if (connection != null) {
                connection.close();
            }
        }
        if (stopping != null) {
            stopping.interrupt();
            try {
                stopping.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        Backoff backoff = new Backoff(settings.initialBackoff(), settings.maxBackoff());
        while (running) {
            try {
                consume(backoff);
            } catch (IOException e) {
                if (!running) {
                    break;
                }
                counters.countConnectionFailure();
                LOG.warn("DMQ node {}: {}; reconnecting", settings.socketPath(), e.toString());
            } catch (RuntimeException e) {
                counters.countConnectionFailure();
                LOG.error("DMQ consumer failure; reconnecting", e);
            } finally {
                closeConnection();
            }
            if (!sleep(backoff.next())) {
                break;
            }
        }
        LOG.debug("DMQ consumer stopped");
    }

    private void consume(Backoff backoff) throws IOException {
        DmqNodeClient client = DmqNodeClient.connect(settings.socketPath(), settings.networkMagic(),
                MuxSettings.defaults(), settings.timeout());
        synchronized (lock) {
            connection = client;
            if (!running) {
                return;
            }
        }
        counters.countConnection();
        LOG.info("connected to the DMQ node at {} (magic {})", settings.socketPath(), settings.networkMagic());
        while (running) {
            List<byte[]> messages = client.notification().requestBlocking();
            if (messages.isEmpty()) {
                // Blocking replies are non-empty by protocol; answering at once with nothing would make us spin.
                throw new ProtocolException("the DMQ node answered a blocking request with no message");
            }
            processor.process(messages);
            backoff.reset();
        }
    }

    private void closeConnection() {
        synchronized (lock) {
            if (connection != null) {
                connection.close();
                connection = null;
            }
        }
    }

    private boolean sleep(Duration delay) {
        if (!running) {
            return false;
        }
        try {
            Thread.sleep(delay.toMillis());
            return running;
        } catch (InterruptedException e) {
            return false;
        }
    }
}
