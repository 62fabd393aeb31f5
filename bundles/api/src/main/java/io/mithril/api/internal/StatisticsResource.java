package io.mithril.api.internal;

import java.util.LinkedHashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import com.fasterxml.jackson.databind.JsonNode;

import io.mithril.api.RequestOrigin;
import io.mithril.api.RequestOrigins;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.http.ApiException;
import io.mithril.store.EventStore;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The statistics routes clients call after restoring a Cardano database (aggregator.md §1.2): each answers 201 with
 * an empty body and counts the restoration with the request's origin tag and client type; complete and partial
 * restorations are also recorded in the event store (source {@value #EVENT_SOURCE}).
 */
@Component(service = StatisticsResource.class, property = "osgi.jakartars.resource=true")
@Path("/statistics/cardano-database")
public final class StatisticsResource {
    static final String EVENT_SOURCE = "HTTP::statistics";
    static final String EVENT_ACTION = "cardano_database_restoration";

    private final RequestOrigins origins;
    private final MetricsService metrics;
    private final EventStore events;

    @Activate
    public StatisticsResource(@Reference RequestOrigins origins, @Reference MetricsService metrics,
            @Reference EventStore events) {
        this.origins = origins;
        this.metrics = metrics;
        this.events = events;
    }

    @POST
    @Path("/immutable-files-restored")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response immutableFilesRestored(JsonNode body,
            @HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
            @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
        long count = immutableFileCount(body);
        RequestOrigin origin = origins.resolve(originTag, clientType);
        metrics.incrementBy(AggregatorMetric.CARDANO_DB_IMMUTABLE_FILES_RESTORED, count, origin.originTag(),
                origin.clientType());
        return Response.status(201).build();
    }

    @POST
    @Path("/ancillary-files-restored")
    public Response ancillaryFilesRestored(@HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
            @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
        count(AggregatorMetric.CARDANO_DB_ANCILLARY_FILES_RESTORED, originTag, clientType);
        return Response.status(201).build();
    }

    @POST
    @Path("/complete-restoration")
    public Response completeRestoration(@HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
            @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
        RequestOrigin origin = count(AggregatorMetric.CARDANO_DB_COMPLETE_RESTORATION, originTag, clientType);
        events.append(EVENT_SOURCE, EVENT_ACTION, "\"complete\"", headers(origin));
        return Response.status(201).build();
    }

    @POST
    @Path("/partial-restoration")
    public Response partialRestoration(@HeaderParam(RequestOrigin.ORIGIN_TAG_HEADER) String originTag,
            @HeaderParam(RequestOrigin.CLIENT_TYPE_HEADER) String clientType) {
        RequestOrigin origin = count(AggregatorMetric.CARDANO_DB_PARTIAL_RESTORATION, originTag, clientType);
        events.append(EVENT_SOURCE, EVENT_ACTION, "\"partial\"", headers(origin));
        return Response.status(201).build();
    }

    private RequestOrigin count(AggregatorMetric metric, String originTag, String clientType) {
        RequestOrigin origin = origins.resolve(originTag, clientType);
        metrics.increment(metric, origin.originTag(), origin.clientType());
        return origin;
    }

    /** {@code {"nb_immutable_files": n}}, n a non-negative integer, nothing else (openapi additionalProperties). */
    static long immutableFileCount(JsonNode body) {
        JsonNode count = body == null ? null : body.get("nb_immutable_files");
        if (count == null || !count.canConvertToExactIntegral() || count.asLong() < 0 || body.size() != 1) {
            throw new ApiException(400, "Request body deserialize error",
                    "expected {\"nb_immutable_files\": <non-negative integer>}, got " + body);
        }
        return count.asLong();
    }

    private static Map<String, String> headers(RequestOrigin origin) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(RequestOrigin.ORIGIN_TAG_HEADER, origin.originTag());
        headers.put(RequestOrigin.CLIENT_TYPE_HEADER, origin.clientType());
        return headers;
    }
}
