package io.mithril.http.internal;

import io.mithril.http.AggregatorHttp;
import jakarta.servlet.Filter;
import jakarta.servlet.Servlet;
import jakarta.ws.rs.ext.RuntimeDelegate;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Dictionary;
import java.util.Hashtable;
import org.glassfish.jersey.server.internal.RuntimeDelegateImpl;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.AnyService;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * The JAX-RS whiteboard (platform.md §2, option B): publishes every {@code osgi.jakartars.resource=true} service under
 * {@code /aggregator} with every {@code osgi.jakartars.extension=true} provider, through one Jersey servlet on the
 * Felix servlet whiteboard, and puts the cross-cutting conventions filter and the 404 default servlet in front of all
 * paths.
 */
@Component(immediate = true)
public final class JerseyWhiteboard {
    static final Duration DEBOUNCE = Duration.ofMillis(200);
    static final Duration STARTUP_WAIT = Duration.ofSeconds(30);
    private static final String PATTERN = "osgi.http.whiteboard.servlet.pattern";
    private static final String SERVLET_NAME = "osgi.http.whiteboard.servlet.name";
    private static final String SERVLET_ASYNC = "osgi.http.whiteboard.servlet.asyncSupported";
    private static final String FILTER_PATTERN = "osgi.http.whiteboard.filter.pattern";
    private static final String FILTER_NAME = "osgi.http.whiteboard.filter.name";
    private static final String FILTER_ASYNC = "osgi.http.whiteboard.filter.asyncSupported";

    private final JerseyPublisher publisher;
    private final JerseyReadinessGate gate;
    private final Deque<ServiceRegistration<?>> registrations = new ArrayDeque<>();

    @Activate
    public JerseyWhiteboard(BundleContext context) {
        installRuntimeDelegate();
        publisher = new JerseyPublisher(new JerseyApplicationFactory(AggregatorHttp.MAX_BODY_BYTES), DEBOUNCE,
                STARTUP_WAIT);
        registrations.push(context.registerService(Filter.class,
                new HttpConventionsFilter(AggregatorHttp.apiVersion(), AggregatorHttp.MAX_BODY_BYTES),
                properties(FILTER_PATTERN, "/*", FILTER_NAME, "mithril-http-conventions", FILTER_ASYNC, "true")));
        registrations.push(context.registerService(Servlet.class, new NotFoundServlet(),
                properties(PATTERN, "/", SERVLET_NAME, "mithril-not-found")));
        registrations.push(context.registerService(Servlet.class, publisher.servlet(),
                properties(PATTERN, AggregatorHttp.BASE_PATH + "/*", SERVLET_NAME, "mithril-rest",
                        SERVLET_ASYNC, "true")));
        gate = new JerseyReadinessGate(context, publisher::start);
        gate.open();
    }

    /**
     * JAX-RS finds its RuntimeDelegate through the thread context class loader, which in OSGi sees no Jersey
     * (platform.md pitfall 9); set Jersey's once, explicitly.
     */
    private static void installRuntimeDelegate() {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(JerseyWhiteboard.class.getClassLoader());
        try {
            RuntimeDelegate.setInstance(new RuntimeDelegateImpl());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Reference(service = AnyService.class, target = "(" + AggregatorHttp.RESOURCE_PROPERTY + "=true)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeResource")
    void addResource(Object resource) {
        publisher.addResource(resource);
    }

    void removeResource(Object resource) {
        publisher.removeResource(resource);
    }

    @Reference(service = AnyService.class, target = "(" + AggregatorHttp.EXTENSION_PROPERTY + "=true)",
            cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            unbind = "removeExtension")
    void addExtension(Object extension) {
        publisher.addExtension(extension);
    }

    void removeExtension(Object extension) {
        publisher.removeExtension(extension);
    }

    @Deactivate
    void deactivate() {
        gate.close();
        while (!registrations.isEmpty()) {
            try {
                registrations.pop().unregister();
            } catch (IllegalStateException alreadyGone) {
                // the framework is stopping this bundle and unregistered it first
            }
        }
        publisher.close();
    }

    private static Dictionary<String, Object> properties(String... keyValues) {
        Hashtable<String, Object> properties = new Hashtable<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            properties.put(keyValues[i], keyValues[i + 1]);
        }
        return properties;
    }
}
