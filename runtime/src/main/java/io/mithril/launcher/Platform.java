package io.mithril.launcher;

import java.io.File;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Dictionary;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.stream.Stream;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the OSGi framework: Felix on the class path, the platform bundles of <code>system/</code> installed by us
 * (FileInstall cannot install signed jars such as BouncyCastle), plugins of <code>deploy/</code> watched by FileInstall
 * when serving. Start order matters (platform.md pitfall 7): libraries and the HTTP server first, the aggregator
 * configuration pushed into ConfigAdmin before SCR activates any component, FileInstall last.
 */
final class Platform implements AutoCloseable {
    static final String CONFIG_PID = "io.mithril.aggregator";
    private static final Logger LOG = LoggerFactory.getLogger(Platform.class);
    private static final String SLF4J_VERSION = "2.0.17";

    private final Layout layout;
    private final Framework framework;
    private final Path cache;

    private Platform(Layout layout, Framework framework, Path cache) {
        this.layout = layout;
        this.framework = framework;
        this.cache = cache;
    }

    /** Starts the framework with every bundle of the distribution and the given configuration. */
    static Platform start(Layout layout, Configuration configuration, boolean server) throws Exception {
        Path cache = Files.createTempDirectory("mithril-felix-");
        Map<String, String> properties = frameworkProperties(layout, configuration, cache, server);
        FrameworkFactory factory = ServiceLoader.load(FrameworkFactory.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no OSGi framework on the class path"));
        Framework framework = factory.newFramework(properties);
        framework.init();
        Platform platform = new Platform(layout, framework, cache);
        try {
            platform.startBundles(configuration, server);
        } catch (Exception e) {
            platform.close();
            throw e;
        }
        return platform;
    }

    private static Map<String, String> frameworkProperties(Layout layout, Configuration configuration, Path cache,
            boolean server) {
        Map<String, String> p = new HashMap<>();
        p.put(Constants.FRAMEWORK_STORAGE, cache.toString());
        p.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        p.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, String.join(",",
                "org.slf4j;version=" + SLF4J_VERSION, "org.slf4j.spi;version=" + SLF4J_VERSION,
                "org.slf4j.helpers;version=" + SLF4J_VERSION, "org.slf4j.event;version=" + SLF4J_VERSION));
        p.put("felix.log.level", "1");
        p.put("org.osgi.service.http.port", configuration.getString("server_port", "8080"));
        p.put("org.apache.felix.http.host", configuration.getString("server_ip", "0.0.0.0"));
        p.put("org.apache.felix.http.enable", Boolean.toString(server));
        p.put("org.apache.felix.https.enable", "false");
        p.put("org.eclipse.jetty.LEVEL", "WARN");
        List<String> watched = new ArrayList<>(List.of(layout.deploy().toString()));
        if (Files.isDirectory(layout.configDirectory())) {
            watched.add(layout.configDirectory().toString());
        }
        p.put("felix.fileinstall.dir", String.join(",", watched));
        p.put("felix.fileinstall.filter", ".*\\.(jar|cfg|config)");
        p.put("felix.fileinstall.poll", "1000");
        p.put("felix.fileinstall.noInitialDelay", "true");
        p.put("felix.fileinstall.enableConfigSave", "false");
        p.put("felix.fileinstall.bundles.new.start", "true");
        p.put("felix.fileinstall.log.level", "1");
        p.put("mithril.home", layout.home().toString());
        return p;
    }

    private void startBundles(Configuration configuration, boolean server) throws Exception {
        BundleContext context = framework.getBundleContext();
        List<Bundle> system = install(context, jars(layout.system()));
        framework.start();
        Bundle scr = null;
        Bundle fileInstall = null;
        for (Bundle bundle : system) {
            String name = bundle.getSymbolicName();
            if ("org.apache.felix.scr".equals(name)) {
                scr = bundle;
            } else if ("org.apache.felix.fileinstall".equals(name)) {
                fileInstall = bundle;
            } else if (!isFragment(bundle)) {
                startQuietly(bundle);
            }
        }
        publishConfiguration(context, configuration);
        if (scr != null) {
            scr.start();
        }
        if (server && fileInstall != null) {
            fileInstall.start();
        } else {
            // Commands run once: install the plugins directly so they are there before the command is looked up.
            for (Bundle bundle : install(context, jars(layout.deploy()))) {
                if (!isFragment(bundle)) {
                    startQuietly(bundle);
                }
            }
        }
    }

    private static List<Bundle> install(BundleContext context, List<Path> jars) throws BundleException {
        List<Bundle> bundles = new ArrayList<>();
        for (Path jar : jars) {
            bundles.add(context.installBundle(jar.toUri().toString()));
        }
        return bundles;
    }

    private static boolean isFragment(Bundle bundle) {
        return bundle.getHeaders().get(Constants.FRAGMENT_HOST) != null;
    }

    private static void startQuietly(Bundle bundle) {
        try {
            bundle.start();
        } catch (BundleException e) {
            LOG.error("bundle {} did not start: {}", bundle.getSymbolicName(), e.getMessage());
        }
    }

    private static List<Path> jars(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.toString().endsWith(".jar")).sorted(Comparator.comparing(Path::toString))
                    .toList();
        }
    }

    /** Publishes the layered configuration as ConfigAdmin PID {@value #CONFIG_PID} (by reflection: the API is a bundle's). */
    private static void publishConfiguration(BundleContext context, Configuration configuration) throws Exception {
        ServiceReference<?> reference = context.getServiceReference("org.osgi.service.cm.ConfigurationAdmin");
        if (reference == null) {
            throw new IllegalStateException("ConfigAdmin is not running: is system/ complete?");
        }
        Object admin = context.getService(reference);
        Class<?> adminType = reference.getBundle().loadClass("org.osgi.service.cm.ConfigurationAdmin");
        Class<?> configType = reference.getBundle().loadClass("org.osgi.service.cm.Configuration");
        Object config = adminType.getMethod("getConfiguration", String.class, String.class)
                .invoke(admin, CONFIG_PID, null);
        Method update = configType.getMethod("update", Dictionary.class);
        update.invoke(config, configuration.toProperties());
    }

    /**
     * Runs a command contributed by a bundle (a service with <code>mithril.command=name</code>). Empty when no
     * installed bundle provides it within the wait.
     */
    Optional<Integer> runCommand(String name, List<String> args, PrintStream out, PrintStream err, long waitMillis)
            throws Exception {
        Optional<Object> command = awaitService("io.mithril.spi.cli.Command", "(mithril.command=" + name + ")",
                waitMillis);
        if (command.isEmpty()) {
            return Optional.empty();
        }
        Object service = command.get();
        Class<?> type = findInterface(service.getClass(), "io.mithril.spi.cli.Command");
        Method run = type.getMethod("run", List.class, PrintStream.class, PrintStream.class);
        try {
            return Optional.of((Integer) run.invoke(service, args, out, err));
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof Exception cause ? cause : e;
        }
    }

    private Optional<Object> awaitService(String type, String filter, long waitMillis)
            throws InvalidSyntaxException, InterruptedException {
        BundleContext context = framework.getBundleContext();
        long deadline = System.currentTimeMillis() + waitMillis;
        while (true) {
            ServiceReference<?>[] references = context.getServiceReferences(type, filter);
            if (references != null && references.length > 0) {
                return Optional.ofNullable(context.getService(references[0]));
            }
            if (System.currentTimeMillis() >= deadline) {
                return Optional.empty();
            }
            Thread.sleep(50);
        }
    }

    private static Class<?> findInterface(Class<?> type, String name) {
        for (Class<?> c = type; c != null; c = c.getSuperclass()) {
            for (Class<?> i : c.getInterfaces()) {
                if (i.getName().equals(name)) {
                    return i;
                }
            }
        }
        throw new IllegalStateException(type + " does not implement " + name);
    }

    /** Blocks until the framework stops (shutdown hook or a bundle stopping it). */
    void awaitStop() throws InterruptedException {
        framework.waitForStop(0);
    }

    @Override
    public void close() {
        try {
            framework.stop();
            framework.waitForStop(30_000);
        } catch (BundleException | InterruptedException e) {
            LOG.warn("framework did not stop cleanly: {}", e.getMessage());
        } finally {
            deleteRecursively(cache.toFile());
        }
    }

    private static void deleteRecursively(File file) {
        File[] children = file.listFiles();
        if (children != null) {
            for (File child : children) {
                deleteRecursively(child);
            }
        }
        file.delete();
    }
}
