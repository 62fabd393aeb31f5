package io.mithril.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Read throughput: C clients request one route in a loop for a fixed time, each sending its next request as soon as
 * the previous answer is read in full. Bounded by the phase length plus one request timeout.
 */
final class ReadLoad {
    private final HttpClient http;
    private final int clients;
    private final Duration requestTimeout;

    ReadLoad(HttpClient http, int clients, Duration requestTimeout) {
        this.http = http;
        this.clients = clients;
        this.requestTimeout = requestTimeout;
    }

    record Result(String route, long requests, long errors, long bytes, long wallNanos, Percentiles latencies) {
        double perSecond() {
            return requests / (wallNanos / 1e9);
        }

        double megabytesPerSecond() {
            return bytes / 1e6 / (wallNanos / 1e9);
        }
    }

    /** @param base the API root, ending with a slash (as {@code AggregatorClient.base()}) */
    Result run(URI base, String route, Duration phase) throws InterruptedException {
        URI uri = base.resolve(route);
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        AtomicLong errors = new AtomicLong();
        AtomicLong bytes = new AtomicLong();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long stopAt = start + phase.toNanos();
        for (int c = 0; c < clients; c++) {
            pool.submit(() -> {
                HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                        .header("mithril-origin-tag", "BENCHMARK").GET().build();
                while (System.nanoTime() < stopAt && !Thread.currentThread().isInterrupted()) {
                    long sent = System.nanoTime();
                    try {
                        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
                        bytes.addAndGet(response.body().length);
                        if (response.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (java.io.IOException e) {
                        errors.incrementAndGet();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    latencies.add(System.nanoTime() - sent);
                }
            });
        }
        pool.shutdown();
        if (!pool.awaitTermination(phase.plus(requestTimeout).toMillis() + 1000, TimeUnit.MILLISECONDS)) {
            pool.shutdownNow();
        }
        long wall = System.nanoTime() - start;
        List<Long> all = new ArrayList<>(latencies);
        return new Result(route, all.size(), errors.get(), bytes.get(), wall,
                Percentiles.of(all.stream().mapToLong(Long::longValue).toArray()));
    }
}
