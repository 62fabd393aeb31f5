package io.mithril.http;

/**
 * HTTP conventions of the aggregator REST API (aggregator.md §1.1) that resources and clients of this bundle share.
 * A REST resource is any OSGi service with {@value #RESOURCE_PROPERTY}{@code =true} whose class carries a JAX-RS
 * {@code @Path}; it is served under {@value #BASE_PATH}. JAX-RS providers (filters, exception mappers, body
 * readers/writers, {@code ContextResolver<ObjectMapper>}) are services with {@value #EXTENSION_PROPERTY}{@code =true}.
 * Client errors are thrown as {@code io.mithril.spi.http.ApiException}.
 */
public final class AggregatorHttp {
    /** Every route lives under this path (the reference's {@code SERVER_BASE_PATH}). */
    public static final String BASE_PATH = "/aggregator";
    /** Response header carrying {@link #apiVersion()} on every response; never enforced on requests. */
    public static final String API_VERSION_HEADER = "mithril-api-version";
    /** Request header: the client's origin tag, kept only when whitelisted (aggregator.md §1.5). */
    public static final String ORIGIN_TAG_HEADER = "mithril-origin-tag";
    /** Request header: the client type, one of CLI, WASM, LIBRARY, NA (aggregator.md §1.5). */
    public static final String CLIENT_TYPE_HEADER = "mithril-client-type";
    /** Service property marking a JAX-RS resource to publish (the standard Jakarta REST whiteboard name). */
    public static final String RESOURCE_PROPERTY = "osgi.jakartars.resource";
    /** Service property marking a JAX-RS provider to register with every published resource. */
    public static final String EXTENSION_PROPERTY = "osgi.jakartars.extension";
    /** Largest accepted request body (256 KiB, the reference's limit on every JSON POST); larger gets 413. */
    public static final int MAX_BODY_BYTES = 256 * 1024;

    private AggregatorHttp() {
    }

    /** The OpenAPI version this server implements ({@code info.version} of the bundled openapi.yaml). */
    public static String apiVersion() {
        return OpenApiVersion.BUNDLED;
    }
}
