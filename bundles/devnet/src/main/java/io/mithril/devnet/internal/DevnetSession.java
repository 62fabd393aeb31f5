package io.mithril.devnet.internal;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.mithril.devnet.SignerSimulator;

/**
 * One running devnet: each cycle the simulated signers act, the genesis is ensured and the API is watched, then the
 * session sleeps for the cycle interval. Runs on the caller's thread until {@link #stop()} or an interrupt.
 */
final class DevnetSession {
    private final SignerSimulator simulator;
    private final DevnetGenesis genesis;
    private final ApiWatcher watcher;
    private final OpenMessageWatcher openMessages;
    private final ActivityLog log;
    private final Duration cycle;
    private final CountDownLatch stopped = new CountDownLatch(1);

    DevnetSession(SignerSimulator simulator, DevnetGenesis genesis, ApiWatcher watcher,
            OpenMessageWatcher openMessages, ActivityLog log, Duration cycle) {
        this.simulator = simulator;
        this.genesis = genesis;
        this.watcher = watcher;
        this.openMessages = openMessages;
        this.log = log;
        this.cycle = cycle;
    }

    /** Cycles until stopped; returns normally on {@link #stop()} and on interruption (the thread stays interrupted). */
    void run() {
        try {
            while (stopped.getCount() > 0 && !Thread.currentThread().isInterrupted()) {
                openMessages.poll();
                SignerSimulator.CycleReport report = simulator.runCycle();
                log.endOfCycle();
                watcher.poll();
                if (report.epoch() >= 0) {
                    genesis.ensure(report.epoch(), watcher.latestCertificateEpoch());
                }
                openMessages.poll();
                if (stopped.await(cycle.toMillis(), TimeUnit.MILLISECONDS)) {
                    break;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            simulator.close();
        }
    }

    void stop() {
        stopped.countDown();
    }
}
