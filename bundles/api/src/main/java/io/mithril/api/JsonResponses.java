package io.mithril.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The reference's two answers of a read route: compact JSON, or an empty 404. */
public final class JsonResponses {
    private JsonResponses() {
    }

    public static Response ok(Object message) {
        return Response.ok(CertificateRecords.write(message), MediaType.APPLICATION_JSON_TYPE).build();
    }

    public static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).build();
    }
}
