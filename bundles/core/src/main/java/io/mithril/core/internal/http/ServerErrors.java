package io.mithril.core.internal.http;

import java.util.Map;

import io.mithril.core.internal.store.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The reference's server-error body {@code {"message": ...}} with a chosen 5xx status (500, 550). */
final class ServerErrors {
    private ServerErrors() {
    }

    static Response response(int status, String message) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Json.write(Map.of("message", message == null ? "" : message))).build();
    }
}
