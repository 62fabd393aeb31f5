package io.mithril.load;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.devnet.AggregatorClient;

/**
 * Polls <code>GET /certificates</code> on its own thread and records when each certificate was first seen (nanoTime),
 * keyed by its signed entity type JSON (e.g. <code>{"MithrilStakeDistribution":3}</code>). The poll period bounds the
 * precision of the latencies derived from it.
 */
final class CertificateWatcher implements AutoCloseable {
    static final long POLL_MILLIS = 5;

    private final AggregatorClient client;
    private final Map<String, Long> firstSeen = new ConcurrentHashMap<>();
    private final Thread thread;
    private volatile boolean running = true;

    CertificateWatcher(AggregatorClient client) {
        this.client = client;
        this.thread = new Thread(this::poll, "load-certificate-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void poll() {
        while (running) {
            try {
                for (JsonNode certificate : client.getJson("certificates")) {
                    firstSeen.putIfAbsent(certificate.path("signed_entity_type").toString(), System.nanoTime());
                }
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                return;
            } catch (Exception e) {
                // the aggregator may be busy; the next poll tries again
            }
        }
    }

    /** Waits (bounded) for a certificate of {@code signedEntityTypeJson}; returns when it was first seen. */
    long await(String signedEntityTypeJson, long deadlineNanos) throws InterruptedException {
        while (!firstSeen.containsKey(signedEntityTypeJson)) {
            if (System.nanoTime() > deadlineNanos) {
                throw new IllegalStateException("no certificate for " + signedEntityTypeJson + " before the deadline");
            }
            Thread.sleep(1);
        }
        return firstSeen.get(signedEntityTypeJson);
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }
}
