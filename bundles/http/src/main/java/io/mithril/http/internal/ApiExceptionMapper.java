package io.mithril.http.internal;

import io.mithril.spi.http.ApiException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

/** A resource's client error, rendered as the reference's {@code {"label","message"}} with the chosen status. */
public final class ApiExceptionMapper implements ExceptionMapper<ApiException> {

    @Override
    public Response toResponse(ApiException error) {
        return Response.status(error.status())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBodies.clientError(error.label(), error.getMessage()))
                .build();
    }
}
