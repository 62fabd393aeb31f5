package io.mithril.itests;

import static org.junit.Assert.assertEquals;

import io.mithril.http.AggregatorHttp;
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
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Felix HTTP restarts Jetty when its configuration changes, destroying and re-initialising every whiteboard servlet:
 * the REST API must come back by itself (here on a new port, which proves the restart happened).
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class HttpServerRestartIT {

    @Configuration
    public Option[] configuration() {
        return AssembledRuntime.options();
    }

    @Test
    public void theRestApiSurvivesAnHttpServerRestart() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(HttpServerRestartIT.class).getBundleContext();
        Hashtable<String, Object> resourceProperties = new Hashtable<>();
        resourceProperties.put(AggregatorHttp.RESOURCE_PROPERTY, "true");
        ServiceRegistration<?> resource = context.registerService(ItestResources.Probe.class.getName(),
                new ItestResources.Probe(), resourceProperties);
        Http before = new Http(Integer.parseInt(context.getProperty(AssembledRuntime.HTTP_PORT)));
        before.await(before.request("/aggregator/itest").GET().build(), r -> r.statusCode() == 200);

        int newPort = freePort();
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admin = new ServiceTracker<>(context,
                ConfigurationAdmin.class, null);
        admin.open();
        org.osgi.service.cm.Configuration http = admin.waitForService(30_000)
                .getConfiguration("org.apache.felix.http", null);
        Hashtable<String, Object> httpProperties = new Hashtable<>();
        httpProperties.put("org.osgi.service.http.port", Integer.toString(newPort));
        httpProperties.put("org.apache.felix.http.host", "127.0.0.1");
        http.update(httpProperties);
        try {
            Http after = new Http(newPort);
            HttpResponse<String> response = after.await(after.request("/aggregator/itest").GET().build(),
                    r -> r.statusCode() == 200);

            assertEquals("pong", response.body());
            assertEquals("0.1.68", response.headers().firstValue(AggregatorHttp.API_VERSION_HEADER).orElse(null));
        } finally {
            resource.unregister();
            admin.close();
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
