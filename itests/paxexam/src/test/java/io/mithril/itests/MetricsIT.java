package io.mithril.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpResponse;
import java.util.Hashtable;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/** The metrics bundle inside the assembled runtime: the service, and the server driven by io.mithril.aggregator. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class MetricsIT {

    @Configuration
    public Option[] configuration() {
        return AssembledRuntime.options();
    }

    @Test
    public void countersAreServedOnTheConfiguredMetricsPort() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(MetricsIT.class).getBundleContext();
        MetricsService metrics = await(context, MetricsService.class);
        metrics.increment(AggregatorMetric.CERTIFICATE_DETAIL_TOTAL_SERVED, "CI", "CLI");

        int port = freePort();
        ConfigurationAdmin admin = await(context, ConfigurationAdmin.class);
        org.osgi.service.cm.Configuration config = admin.getConfiguration("io.mithril.aggregator", null);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("enable_metrics_server", "true");
        properties.put("metrics_server_ip", "127.0.0.1");
        properties.put("metrics_server_port", Integer.toString(port));
        config.update(properties);
        try {
            Http http = new Http(port);
            HttpResponse<String> response = http.await(http.request("/metrics").GET().build(),
                    r -> r.statusCode() == 200);

            assertTrue(response.body(), response.body().contains(
                    "certificate_detail_total_served_since_startup{client_type=\"CLI\",origin_tag=\"CI\"} 1\n"));
            assertTrue(response.body().contains("# TYPE mithril_aggregator_runtime_cycle_total_since_startup counter\n"));
            assertEquals(metrics.exposition(), response.body());
        } finally {
            config.delete();
        }
    }

    /** The service, tracked for the rest of the test so that a delayed component stays active. */
    private static <T> T await(BundleContext context, Class<T> type) throws InterruptedException {
        ServiceTracker<T, T> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        T service = tracker.waitForService(30_000);
        assertNotNull("no " + type.getName() + " service", service);
        return service;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
