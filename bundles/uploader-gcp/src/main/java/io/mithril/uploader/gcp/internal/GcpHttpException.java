package io.mithril.uploader.gcp.internal;

import java.io.IOException;

/** A Google endpoint answered with an unexpected HTTP status; the body excerpt carries Google's own reason. */
final class GcpHttpException extends IOException {
    private static final long serialVersionUID = 1L;
    private static final int EXCERPT = 300;

    private final int status;

    GcpHttpException(String operation, int status, String body) {
        super(operation + " failed: HTTP " + status + excerpt(body));
        this.status = status;
    }

    int status() {
        return status;
    }

    private static String excerpt(String body) {
        if (body == null || body.isBlank()) {
            return "";
        }
        String flat = body.strip().replaceAll("\\s+", " ");
        return ": " + (flat.length() > EXCERPT ? flat.substring(0, EXCERPT) + "..." : flat);
    }
}
