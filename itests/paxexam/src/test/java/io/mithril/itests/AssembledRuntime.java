package io.mithril.itests;

import static org.ops4j.pax.exam.CoreOptions.bundle;
import static org.ops4j.pax.exam.CoreOptions.cleanCaches;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.junitBundles;
import static org.ops4j.pax.exam.CoreOptions.systemPackages;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ops4j.pax.exam.Option;

/**
 * Pax Exam options that boot the assembled distribution the way its launcher does: the platform bundles of
 * {@code system/} (SCR last), then the plugins of {@code deploy/}, with slf4j 2 exported from the class path and Felix
 * HTTP on a free loopback port. Bundles this module tests that the distribution does not ship yet are added from
 * their build output, so the tests run against the bundles as built.
 */
final class AssembledRuntime {
    static final String HTTP_PORT = "org.osgi.service.http.port";
    private static final String SLF4J = "2.0.17";
    /** Bundles under test, by bundle symbolic name and module directory. */
    private static final List<String[]> UNDER_TEST = List.of(
            new String[] {"io.mithril.jvm.http", "http"},
            new String[] {"io.mithril.jvm.metrics", "metrics"});

    private AssembledRuntime() {
    }

    static Option[] options() {
        Path dist = Path.of(required("mithril.dist"));
        if (!Files.isDirectory(dist.resolve("system"))) {
            throw new IllegalStateException(dist + "/system is missing: build the runtime module first");
        }
        List<Path> system = jars(dist.resolve("system"));
        List<Option> options = new ArrayList<>();
        options.add(cleanCaches());
        options.add(junitBundles());
        // appended to Pax Exam's own list, which exports its probe packages (pitfall 12a)
        options.add(systemPackages("org.slf4j;version=" + SLF4J, "org.slf4j.spi;version=" + SLF4J,
                "org.slf4j.helpers;version=" + SLF4J, "org.slf4j.event;version=" + SLF4J));
        options.add(systemProperty("org.ops4j.pax.url.mvn.offline").value("true"));
        // Pax Exam's pax-logging defaults to DEBUG, which floods the build log (JUL of the JDK HTTP client included)
        options.add(systemProperty("org.ops4j.pax.logging.DefaultServiceLog.level").value("WARN"));
        options.add(frameworkProperty(HTTP_PORT).value(Integer.toString(freePort())));
        options.add(frameworkProperty("org.apache.felix.http.host").value("127.0.0.1"));
        options.add(frameworkProperty("org.apache.felix.https.enable").value("false"));
        options.add(frameworkProperty("org.eclipse.jetty.LEVEL").value("WARN"));

        Path scr = null;
        List<String> shipped = new ArrayList<>();
        for (Path jar : system) {
            String name = symbolicName(jar);
            shipped.add(name);
            if ("org.apache.felix.scr".equals(name)) {
                scr = jar;
            } else if (!"org.apache.felix.fileinstall".equals(name)) {
                options.add(provision(jar));
            }
        }
        for (String[] bundle : UNDER_TEST) {
            if (!shipped.contains(bundle[0])) {
                options.add(provision(builtJar(bundle[1])));
            }
        }
        if (scr != null) {
            options.add(provision(scr));
        }
        for (Path jar : jars(dist.resolve("deploy"))) {
            options.add(provision(jar));
        }
        return options.toArray(Option[]::new);
    }

    private static Option provision(Path jar) {
        return bundle(jar.toUri().toString()).start(!isFragment(jar));
    }

    private static Path builtJar(String module) {
        Path jar = Path.of(required("mithril.bundles"), module, "target",
                module + "-" + required("mithril.version") + ".jar");
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: build bundles/" + module + " first");
        }
        return jar;
    }

    private static List<Path> jars(Path directory) {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(file -> file.toString().endsWith(".jar")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String symbolicName(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            String name = file.getManifest() == null ? null
                    : file.getManifest().getMainAttributes().getValue("Bundle-SymbolicName");
            return name == null ? jar.getFileName().toString() : name.split(";")[0].trim();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isFragment(Path jar) {
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.getManifest() != null && file.getManifest().getMainAttributes().getValue("Fragment-Host") != null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String required(String property) {
        String value = System.getProperty(property);
        if (value == null) {
            throw new IllegalStateException("system property " + property + " is not set (run through failsafe)");
        }
        return value;
    }
}
