package io.mithril.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Hashtable;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Hot deploy of a third-party plugin built only against the published SPI (docs/sample-plugin): installing the
 * bundle adds its signed entity type to GET /aggregator/ and its route answers; uninstalling it removes both, with no
 * restart.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class PluginHotDeployIT {
    private static final String SAMPLE_TYPE = "SamplePoolCount";

    @Configuration
    public Option[] configuration() {
        return AssembledRuntime.options();
    }

    @Test
    public void aThirdPartyPluginComesAndGoesWithItsBundle() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(PluginHotDeployIT.class).getBundleContext();
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> tracker =
                new ServiceTracker<>(context, ConfigurationAdmin.class, null);
        tracker.open();
        ConfigurationAdmin admin = tracker.waitForService(30_000);
        assertNotNull("no ConfigAdmin", admin);
        org.osgi.service.cm.Configuration config = admin.getConfiguration("io.mithril.aggregator", null);
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put("signed_entity_types", "MithrilStakeDistribution," + SAMPLE_TYPE);
        properties.put("data_stores_directory", Files.createTempDirectory("hot-deploy-stores").toString());
        config.update(properties);

        Http http = new Http(Integer.parseInt(context.getProperty(AssembledRuntime.HTTP_PORT)));
        HttpResponse<String> before = http.await(http.request("/aggregator/").GET().build(),
                r -> r.statusCode() == 200);
        assertFalse(before.body(), before.body().contains(SAMPLE_TYPE));

        Path jar = Path.of(System.getProperty("sample.plugin.jar"));
        assertTrue("build docs/sample-plugin first: " + jar, Files.isRegularFile(jar));
        Bundle plugin = context.installBundle(jar.toUri().toString());
        try {
            plugin.start();
            HttpResponse<String> with = http.await(http.request("/aggregator/").GET().build(),
                    r -> r.body().contains(SAMPLE_TYPE));
            assertTrue(with.body(), with.body().contains(SAMPLE_TYPE));
            HttpResponse<String> route = http.await(
                    http.request("/aggregator/artifact/sample-pool-counts").GET().build(),
                    r -> r.statusCode() == 200);
            assertEquals(200, route.statusCode());
            assertEquals("0.1.68", route.headers().firstValue("mithril-api-version").orElse(null));
        } finally {
            plugin.uninstall();
            config.delete();
        }
        HttpResponse<String> after = http.await(http.request("/aggregator/").GET().build(),
                r -> !r.body().contains(SAMPLE_TYPE));
        assertFalse(after.body(), after.body().contains(SAMPLE_TYPE));
        HttpResponse<String> gone = http.await(http.request("/aggregator/artifact/sample-pool-counts").GET().build(),
                r -> r.statusCode() == 404);
        assertEquals(404, gone.statusCode());
    }
}
