package io.mithril.store.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.jar.Manifest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;

/**
 * Boots Felix with SCR, ConfigAdmin, jOOQ, sqlite-jdbc, the r2dbc wrap and this bundle (from target/classes, where
 * bnd wrote the manifest), publishes the aggregator configuration as the launcher does, and uses the services.
 * Services are called by reflection: their types are the framework's classes, not this test's.
 */
class OsgiWiringIT {
    private static final Set<String> BUNDLES = Set.of("org.apache.felix.scr", "org.apache.felix.configadmin",
            "org.osgi.service.component", "org.osgi.util.promise", "org.osgi.util.function", "jooq",
            "org.xerial.sqlite-jdbc", "io.r2dbc.spi", "reactive-streams", "com.fasterxml.jackson.core.jackson-core",
            "com.fasterxml.jackson.core.jackson-databind", "com.fasterxml.jackson.core.jackson-annotations",
            "com.fasterxml.jackson.datatype.jackson-datatype-jsr310", "io.mithril.jvm.core-api",
            "io.mithril.jvm.store");

    @TempDir
    Path directory;

    @Test
    void theBundleResolvesAndRegistersItsServicesFromTheAggregatorConfiguration() throws Exception {
        Map<String, String> bundles = bundleLocations();
        assertEquals(BUNDLES, bundles.keySet(), "every bundle found on the test class path");
        Map<String, String> properties = new HashMap<>();
        properties.put(Constants.FRAMEWORK_STORAGE, directory.resolve("felix").toString());
        properties.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        properties.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, "org.slf4j;version=2.0.17");
        Framework framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow()
                .newFramework(properties);
        framework.start();
        try {
            BundleContext context = framework.getBundleContext();
            List<Bundle> installed = new ArrayList<>();
            for (String location : bundles.values()) {
                installed.add(context.installBundle(location));
            }
            for (Bundle bundle : installed) {
                bundle.start();
            }
            for (Bundle bundle : installed) {
                assertEquals(Bundle.ACTIVE, bundle.getState(), bundle.getSymbolicName() + " is active");
            }

            Path stores = directory.resolve("stores");
            publishConfiguration(context, stores);

            Object certificates = awaitService(context, "io.mithril.store.CertificateRepository", null);
            assertEquals(0L, invoke(certificates, "count"));
            assertTrue(Files.exists(stores.resolve("aggregator.sqlite3")));
            assertTrue(Files.exists(stores.resolve("monitoring.sqlite3")));

            Object artifacts = awaitService(context, "io.mithril.spi.signedentity.ArtifactRepository", null);
            assertEquals(List.of(), artifacts.getClass().getMethod("latest", String.class, int.class)
                    .invoke(artifacts, "MithrilStakeDistribution", 20));
            for (String service : List.of("SignedEntityRepository", "SignedEntityTypeRepository",
                    "EpochSettingRepository", "SignerRepository", "SignerRegistrationRepository",
                    "StakePoolRepository", "OpenMessageRepository", "SingleSignatureRepository",
                    "BufferedSignatureRepository", "ImmutableFileDigestRepository", "EventStore", "StoreMaintenance",
                    "StoreTransactions")) {
                assertNotNull(awaitService(context, "io.mithril.store." + service, null), service);
            }
            Object events = awaitService(context, "io.mithril.store.EventStore", null);
            events.getClass().getMethod("append", String.class, String.class, String.class, Map.class)
                    .invoke(events, "test", "osgi", "{}", Map.of());

            Object command = awaitService(context, "io.mithril.spi.cli.Command", "(mithril.command=database)");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Object code = command.getClass().getMethod("run", List.class, PrintStream.class, PrintStream.class)
                    .invoke(command, List.of("migrate", "--stores-directory", directory.resolve("other").toString()),
                            new PrintStream(out), new PrintStream(new ByteArrayOutputStream()));
            assertEquals(0, code);
            assertTrue(Files.exists(directory.resolve("other/aggregator.sqlite3")));
        } finally {
            framework.stop();
            framework.waitForStop(30_000);
        }
    }

    /** Publishes PID io.mithril.aggregator like the launcher: snake_case keys plus dotted aliases. */
    private static void publishConfiguration(BundleContext context, Path stores) throws Exception {
        Object admin = awaitService(context, "org.osgi.service.cm.ConfigurationAdmin", null);
        Object configuration = admin.getClass().getMethod("getConfiguration", String.class, String.class)
                .invoke(admin, "io.mithril.aggregator", null);
        Dictionary<String, Object> values = new Hashtable<>();
        values.put("data_stores_directory", stores.toString());
        values.put("data.stores.directory", stores.toString());
        values.put("network", "devnet");
        configuration.getClass().getMethod("update", Dictionary.class).invoke(configuration, values);
    }

    private static Object awaitService(BundleContext context, String type, String filter) throws Exception {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30)); // a bound, not what is tested
        while (Instant.now().isBefore(deadline)) {
            // "All": the system bundle does not wire to the service packages, so the class-space check would hide them.
            ServiceReference<?>[] references = context.getAllServiceReferences(type, filter);
            if (references != null && references.length > 0) {
                Object service = context.getService(references[0]);
                if (service != null) {
                    return service;
                }
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no service " + type + (filter == null ? "" : " " + filter));
    }

    private static Object invoke(Object target, String method) throws Exception {
        var m = target.getClass().getMethod(method);
        m.setAccessible(true);
        return m.invoke(target);
    }

    /** The wanted bundles on the test class path, by symbolic name: jars, or target/classes for this bundle. */
    private static Map<String, String> bundleLocations() throws IOException {
        Map<String, String> locations = new HashMap<>();
        for (URL url : Collections.list(ClassLoader.getSystemClassLoader().getResources("META-INF/MANIFEST.MF"))) {
            String name;
            try (InputStream in = url.openStream()) {
                String value = new Manifest(in).getMainAttributes().getValue(Constants.BUNDLE_SYMBOLICNAME);
                name = value == null ? null : value.split(";")[0].trim();
            }
            if (name == null || !BUNDLES.contains(name) || locations.containsKey(name)) {
                continue;
            }
            String text = url.toString();
            String root = text.substring(0, text.length() - "META-INF/MANIFEST.MF".length());
            locations.put(name, root.startsWith("jar:") ? root.substring(4, root.length() - 2)
                    : "reference:" + root);
        }
        return locations;
    }
}
