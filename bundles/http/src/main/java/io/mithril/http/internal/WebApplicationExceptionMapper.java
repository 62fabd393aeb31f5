package io.mithril.http.internal;

import com.fasterxml.jackson.core.JacksonException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * JAX-RS's own errors, shaped like the reference's warp rejections: an unmatched path is an empty 404, a wrong method
 * 405, an oversized body 413, an unsupported content type 415, each with warp's plain text. A response a resource
 * built itself (with an entity) is kept as is; 5xx become the server-error envelope.
 */
public final class WebApplicationExceptionMapper implements ExceptionMapper<WebApplicationException> {

    @Override
    public Response toResponse(WebApplicationException error) {
        Response original = error.getResponse();
        int status = original.getStatus();
        if (original.hasEntity()) {
            return original;
        }
        return switch (status) {
            case 400 -> unreadableBody(error) ? new ApiExceptionMapper().toResponse(
                    RequestBodyInterceptor.deserializeError(error.getCause())) : Response.status(400).build();
            case 404 -> Response.status(404).build();
            case 405 -> plainText(405, ErrorBodies.METHOD_NOT_ALLOWED)
                    .header(HttpHeaders.ALLOW, declaredMethods(original.getHeaderString(HttpHeaders.ALLOW))).build();
            case 413 -> plainText(413, ErrorBodies.PAYLOAD_TOO_LARGE).build();
            case 415 -> plainText(415, ErrorBodies.UNSUPPORTED_MEDIA_TYPE).build();
            default -> status >= 500
                    ? UnexpectedErrorMapper.serverError(status, error)
                    : Response.status(status).build();
        };
    }

    /** Jersey reports an empty entity as a 400 caused by NoContentException, before any interceptor runs. */
    private static boolean unreadableBody(WebApplicationException error) {
        return error.getCause() instanceof NoContentException || error.getCause() instanceof JacksonException;
    }

    /** Jersey's Allow lists its generated HEAD and OPTIONS, which {@link ExplicitMethodsOnly} refuses. */
    private static String declaredMethods(String allow) {
        if (allow == null) {
            return null;
        }
        return Arrays.stream(allow.split(",")).map(String::trim)
                .filter(method -> !method.equals("HEAD") && !method.equals("OPTIONS"))
                .collect(Collectors.joining(","));
    }

    private static Response.ResponseBuilder plainText(int status, String text) {
        return Response.status(status).type(MediaType.TEXT_PLAIN_TYPE.withCharset("utf-8")).entity(text);
    }
}
