package io.mithril.http.internal;

import java.util.ArrayList;
import java.util.List;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.BundleListener;
import org.osgi.framework.Constants;
import org.osgi.framework.wiring.FrameworkWiring;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens once Jersey can start inside OSGi (platform.md pitfall 7): osgi-resource-locator must be active (or lazily
 * STARTING) before the first Jersey application, because HK2 caches a failed generator lookup for the whole JVM; and
 * the Jersey/HK2 bundles must be resolved, since Jersey's OSGi registry only sees resolved bundles.
 */
final class JerseyReadinessGate implements BundleListener, AutoCloseable {
    static final String RESOURCE_LOCATOR = "org.glassfish.hk2.osgi-resource-locator";
    private static final Logger LOG = LoggerFactory.getLogger(JerseyReadinessGate.class);

    private final BundleContext context;
    private final Runnable onReady;
    private boolean opened;
    private boolean closed;

    JerseyReadinessGate(BundleContext context, Runnable onReady) {
        this.context = context;
        this.onReady = onReady;
    }

    void open() {
        context.addBundleListener(this);
        check();
    }

    @Override
    public void bundleChanged(BundleEvent event) {
        if (event.getBundle().getSymbolicName() != null
                && event.getBundle().getSymbolicName().equals(RESOURCE_LOCATOR)) {
            check();
        }
    }

    private void check() {
        synchronized (this) {
            if (opened || closed || !resourceLocatorStarted()) {
                return;
            }
            opened = true;
        }
        context.removeBundleListener(this);
        resolveJerseyBundles();
        onReady.run();
    }

    private boolean resourceLocatorStarted() {
        for (Bundle bundle : context.getBundles()) {
            if (RESOURCE_LOCATOR.equals(bundle.getSymbolicName())
                    && (bundle.getState() & (Bundle.ACTIVE | Bundle.STARTING)) != 0) {
                return true;
            }
        }
        return false;
    }

    private void resolveJerseyBundles() {
        List<Bundle> unresolved = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            String name = bundle.getSymbolicName();
            if (name != null && bundle.getState() == Bundle.INSTALLED
                    && (name.startsWith("org.glassfish.jersey") || name.startsWith("org.glassfish.hk2"))) {
                unresolved.add(bundle);
            }
        }
        if (unresolved.isEmpty()) {
            return;
        }
        FrameworkWiring wiring = context.getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        if (!wiring.resolveBundles(unresolved)) {
            LOG.warn("some Jersey/HK2 bundles did not resolve: {}", unresolved);
        }
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
        }
        context.removeBundleListener(this);
    }
}
