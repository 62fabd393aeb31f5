package io.mithril.load;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sends a fixed list of JSON POSTs with a fixed number of concurrent clients, each taking the next request as soon as
 * its previous one is answered, and records when each answer arrived. Bounded: every request has a timeout and the
 * whole burst a deadline.
 */
final class Burst {
    private final HttpClient http;
    private final int clients;
    private final Duration requestTimeout;

    Burst(HttpClient http, int clients, Duration requestTimeout) {
        this.http = http;
        this.clients = clients;
        this.requestTimeout = requestTimeout;
    }

    /** One answer: which request, its status (0 = no answer), and when it completed (nanoTime). */
    record Answer(int index, int status, long sentNanos, long answeredNanos) {
        long latencyNanos() {
            return answeredNanos - sentNanos;
        }
    }

    /** Every answer, in request order, and the wall time of the burst. */
    record Result(List<Answer> answers, long startNanos, long endNanos) {
        long wallNanos() {
            return endNanos - startNanos;
        }

        double perSecond() {
            return answers.size() / (wallNanos() / 1e9);
        }

        Map<Integer, Integer> statusCounts() {
            Map<Integer, Integer> counts = new TreeMap<>();
            answers.forEach(a -> counts.merge(a.status(), 1, Integer::sum));
            return counts;
        }

        Percentiles latencies() {
            return Percentiles.of(answers.stream().mapToLong(Answer::latencyNanos).toArray());
        }
    }

    Result post(URI uri, List<String> bodies, Duration deadline) throws InterruptedException {
        Answer[] answers = new Answer[bodies.size()];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long start = System.nanoTime();
        long end;
        try {
            List<Future<?>> workers = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < bodies.size(); i = next.getAndIncrement()) {
                        answers[i] = send(i, uri, bodies.get(i));
                    }
                }));
            }
            pool.shutdown();
            if (!pool.awaitTermination(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("burst to " + uri + " did not finish within " + deadline);
            }
            end = System.nanoTime();
        } finally {
            pool.shutdownNow();
        }
        return new Result(List.of(answers), start, end);
    }

    private Answer send(int index, URI uri, String body) {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(requestTimeout)
                .header("Content-Type", "application/json").header("mithril-origin-tag", "BENCHMARK")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long sent = System.nanoTime();
        int status;
        try {
            status = http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (java.io.IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        return new Answer(index, status, sent, System.nanoTime());
    }
}
