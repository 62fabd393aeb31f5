package io.mithril.itests;

import io.mithril.spi.http.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;

/** Resources and an extension registered as plain OSGi services by the tests, as plugin bundles would. */
final class ItestResources {
    private ItestResources() {
    }

    @Path("/itest")
    public static final class Probe {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "pong";
        }

        @GET
        @Path("/client-error")
        public String clientError() {
            throw ApiException.badRequest("invalid_epoch", "invalid epoch 'abc'");
        }

        @POST
        @Path("/echo")
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> echo(Map<String, Object> body) {
            return body;
        }
    }

    @Path("/itest-churn")
    public static final class Churn {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String churn() {
            return "churn";
        }
    }

    /** A response filter contributed as an {@code osgi.jakartars.extension} service. */
    public static final class StampFilter implements ContainerResponseFilter {
        @Override
        public void filter(ContainerRequestContext request, ContainerResponseContext response) {
            response.getHeaders().putSingle("x-itest-extension", "applied");
        }
    }
}
