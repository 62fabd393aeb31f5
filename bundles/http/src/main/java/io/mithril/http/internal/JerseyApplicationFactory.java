package io.mithril.http.internal;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.cfg.JakartaRSFeature;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import java.util.Collection;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;

/**
 * Builds the Jersey application for the currently published resources and extensions, always with the cross-cutting
 * providers of this bundle (Jackson, error mappers, body limit, warp-like negotiation and methods).
 */
public final class JerseyApplicationFactory {
    /**
     * Jersey warns that each resource <em>instance</em> "does not implement any provider interfaces" although it
     * serves fine (platform.md pitfall 11). Held statically: JUL keeps loggers only weakly, which would drop the level.
     */
    private static final Logger PROVIDERS_LOG = Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    private final long maxBodyBytes;
    private final ObjectMapper objectMapper;

    public JerseyApplicationFactory(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
        this.objectMapper = defaultObjectMapper();
        PROVIDERS_LOG.setLevel(Level.SEVERE);
    }

    /**
     * The mapper used when no extension supplies a {@code ContextResolver<ObjectMapper>}: unknown properties are
     * ignored and trailing content is an error, as with serde; java.time values are RFC 3339 strings (Mithril ADR 5).
     */
    static ObjectMapper defaultObjectMapper() {
        return new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    public ResourceConfig build(Collection<?> resources, Collection<?> extensions) {
        ResourceConfig config = new ResourceConfig();
        config.setApplicationName("mithril-aggregator");
        JacksonJsonProvider json = new JacksonJsonProvider(objectMapper);
        // An empty body is a deserialization error (400), as with serde, not a null entity.
        json.disable(JakartaRSFeature.ALLOW_EMPTY_INPUT);
        config.register(json);
        config.register(new ApiExceptionMapper());
        config.register(new WebApplicationExceptionMapper());
        config.register(new UnexpectedErrorMapper());
        config.register(new RequestBodyInterceptor(maxBodyBytes));
        config.register(new WarpCompatibleNegotiation());
        config.register(new ExplicitMethodsOnly());
        extensions.forEach(config::register);
        resources.forEach(config::register);

        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        // Errors without an entity keep an empty body instead of the servlet container's HTML error page.
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // Failures while writing a response go through the mappers too (500 envelope).
        config.property(ServerProperties.PROCESSING_RESPONSE_ERRORS_ENABLED, true);
        config.property(ServerProperties.BV_FEATURE_DISABLE, true);
        // Only the providers registered here: no auto-discovered JSON-P/MOXy/other features.
        config.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true);
        config.property(CommonProperties.JSON_PROCESSING_FEATURE_DISABLE, true);
        config.property(CommonProperties.MOXY_JSON_FEATURE_DISABLE, true);
        return config;
    }
}
