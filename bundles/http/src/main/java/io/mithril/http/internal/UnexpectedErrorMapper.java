package io.mithril.http.internal;

import io.mithril.spi.http.ApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Any other error: 500 {@code {"message": <debug chain>}}, or 503 when SQLite reported SQLITE_BUSY somewhere in the
 * chain (the reference's mapping). Client errors that arrive wrapped (e.g. in a ProcessingException) are unwrapped
 * and rendered as such.
 */
public final class UnexpectedErrorMapper implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(UnexpectedErrorMapper.class);

    @Override
    public Response toResponse(Throwable error) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable cause = error.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            if (cause instanceof ApiException api) {
                return new ApiExceptionMapper().toResponse(api);
            }
            if (cause instanceof WebApplicationException web) {
                return new WebApplicationExceptionMapper().toResponse(web);
            }
        }
        int status = SqliteBusy.isInChain(error) ? 503 : 500;
        LOG.warn("request failed with {}", status, error);
        return serverError(status, error);
    }

    static Response serverError(int status, Throwable error) {
        return Response.status(status)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(ErrorBodies.serverError(ErrorBodies.debugChain(error)))
                .build();
    }
}
