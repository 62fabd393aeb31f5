package io.mithril.launcher;

import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * The distribution's folders: <code>lib/</code> (launcher class path), <code>system/</code> (platform bundles),
 * <code>deploy/</code> (plugins, hot-deployed), and the configuration directory chosen on the command line.
 */
record Layout(Path home, Path system, Path deploy, Path configDirectory) {

    static Layout of(Path home, Path configDirectory) {
        return new Layout(home, home.resolve("system"), home.resolve("deploy"), configDirectory);
    }

    /** The distribution home: <code>-Dmithril.home</code>, else the parent of the folder holding the launcher jar. */
    static Path detectHome() {
        String property = System.getProperty("mithril.home");
        if (property != null) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        try {
            Path jar = Path.of(Layout.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return jar.getParent().getParent().toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            return Path.of(".").toAbsolutePath().normalize();
        }
    }
}
