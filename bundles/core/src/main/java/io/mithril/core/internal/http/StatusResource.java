package io.mithril.core.internal.http;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.core.internal.Aggregator;
import io.mithril.domain.message.AggregatorStatusMessage;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /aggregator/status} (aggregator.md §1.2); 500 until the epoch service knows an epoch. */
@Component(service = StatusResource.class, property = "osgi.jakartars.resource=true")
@Path("/status")
public final class StatusResource {
    private final Aggregator aggregator;
    private final String nodeVersion;

    @Activate
    public StatusResource(@Reference Aggregator aggregator, BundleContext context) {
        this(aggregator, semver(context.getBundle().getVersion()));
    }

    public StatusResource(Aggregator aggregator, String nodeVersion) {
        this.aggregator = aggregator;
        this.nodeVersion = nodeVersion;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public AggregatorStatusMessage status() throws Exception {
        return EpochMessages.status(aggregator.epochs().requireData(), aggregator.settings(), nodeVersion);
    }

    private static String semver(Version version) {
        return version.getMajor() + "." + version.getMinor() + "." + version.getMicro();
    }
}
