package io.mithril.usage.internal;

import io.mithril.metrics.MetricsService;
import io.mithril.spi.config.AggregatorConfiguration;
import io.mithril.store.EventStore;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link UsageReporter} every {@code persist_usage_report_interval_in_seconds} (default 10), as the
 * reference's serve command always does. A changed interval restarts the schedule but keeps the reporter, so no
 * delta is counted twice or lost.
 */
@Component(configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.OPTIONAL,
        immediate = true, service = {})
public final class UsageReporterComponent {
    private static final Logger LOG = LoggerFactory.getLogger(UsageReporterComponent.class);

    private final MetricsService metrics;
    private final EventStore events;
    private final Clock clock;
    private final ReportScheduler scheduler;
    private final ScheduledExecutorService ownExecutor;
    private UsageReportSettings settings;
    private UsageReporter reporter;
    private AutoCloseable schedule;

    @Activate
    public UsageReporterComponent(@Reference MetricsService metrics, @Reference EventStore events,
            Map<String, Object> properties) {
        this(metrics, events, properties, Clock.systemUTC(), newExecutor());
    }

    private UsageReporterComponent(MetricsService metrics, EventStore events, Map<String, Object> properties,
            Clock clock, ScheduledExecutorService executor) {
        this(metrics, events, properties, clock, ReportScheduler.on(executor), executor);
    }

    /** For tests: a given clock and scheduler, no thread of its own. */
    UsageReporterComponent(MetricsService metrics, EventStore events, Map<String, Object> properties, Clock clock,
            ReportScheduler scheduler) {
        this(metrics, events, properties, clock, scheduler, null);
    }

    private UsageReporterComponent(MetricsService metrics, EventStore events, Map<String, Object> properties,
            Clock clock, ReportScheduler scheduler, ScheduledExecutorService ownExecutor) {
        this.metrics = metrics;
        this.events = events;
        this.clock = clock;
        this.scheduler = scheduler;
        this.ownExecutor = ownExecutor;
        start(UsageReportSettings.from(properties));
    }

    @Modified
    synchronized void modified(Map<String, Object> properties) {
        UsageReportSettings changed = UsageReportSettings.from(properties);
        if (!changed.equals(settings)) {
            stopSchedule();
            start(changed);
        }
    }

    @Deactivate
    synchronized void deactivate() {
        stopSchedule();
        if (ownExecutor != null) {
            ownExecutor.shutdownNow();
        }
    }

    private synchronized void start(UsageReportSettings wanted) {
        settings = wanted;
        if (reporter == null) {
            reporter = new UsageReporter(metrics, events, clock, wanted.interval());
        } else {
            reporter.changePeriod(wanted.interval());
        }
        UsageReporter current = reporter;
        schedule = scheduler.every(wanted.interval(), () -> reportQuietly(current));
        LOG.info("usage reports persisted every {} s", wanted.interval().getSeconds());
    }

    private static void reportQuietly(UsageReporter reporter) {
        try {
            int written = reporter.report();
            LOG.debug("usage report: {} metric events", written);
        } catch (RuntimeException e) {
            // An exception would silently cancel a scheduleAtFixedRate task for good.
            LOG.warn("usage report failed: {}", e.toString());
        }
    }

    private void stopSchedule() {
        if (schedule != null) {
            try {
                schedule.close();
            } catch (Exception e) {
                LOG.debug("usage report schedule already stopped: {}", e.toString());
            }
            schedule = null;
        }
    }

    private static ScheduledExecutorService newExecutor() {
        return Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "usage-reporter");
            thread.setDaemon(true);
            return thread;
        });
    }
}
