package io.mithril.http.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/**
 * The reference's error bodies: {@code {"label","message"}} for client errors and {@code {"message"}} for server
 * errors, where the message is the error's debug chain, and warp's plain-text rejection texts.
 */
final class ErrorBodies {
    static final String PAYLOAD_TOO_LARGE = "Payload too large";
    static final String METHOD_NOT_ALLOWED = "HTTP method not allowed";
    static final String UNSUPPORTED_MEDIA_TYPE = "The request's content-type is not supported";
    /** Label of a body that is not valid JSON for the route (warp's "Request body deserialize error" text). */
    static final String BODY_DESERIALIZE_ERROR = "Request body deserialize error";

    private static final ObjectMapper JSON = new ObjectMapper();

    private ErrorBodies() {
    }

    static String clientError(String label, String message) {
        Map<String, String> body = new LinkedHashMap<>();
        body.put("label", label == null ? "" : label);
        body.put("message", message == null ? "" : message);
        return write(body);
    }

    static String serverError(String message) {
        return write(Map.of("message", message == null ? "" : message));
    }

    /**
     * The error and its causes, in the layout of anyhow's {@code {:?}} which the reference sends:
     * {@code msg\n\nCaused by:\n    0: cause\n    1: cause}.
     */
    static String debugChain(Throwable error) {
        StringBuilder out = new StringBuilder(describe(error));
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        seen.add(error);
        int index = 0;
        for (Throwable cause = error.getCause(); cause != null && seen.add(cause); cause = cause.getCause()) {
            out.append(index == 0 ? "\n\nCaused by:" : "").append("\n    ").append(index++).append(": ")
                    .append(describe(cause));
        }
        return out.toString();
    }

    private static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getName() : message;
    }

    private static String write(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write an error body", e);
        }
    }
}
