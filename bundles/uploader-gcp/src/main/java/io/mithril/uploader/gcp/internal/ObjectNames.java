package io.mithril.uploader.gcp.internal;

import java.nio.charset.StandardCharsets;

/**
 * Object names the uploader accepts: the same slash-separated relative names as the local uploader (no absolute
 * path, no empty, {@code .} or {@code ..} segment, no backslash, no control character), within Google's 1024-byte
 * limit. Google would store {@code a/../b} as is, but its public URL would then not name the object.
 */
final class ObjectNames {
    private static final int MAX_BYTES = 1024;

    private ObjectNames() {
    }

    static String require(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/")
                || name.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw unsafe(name);
        }
        for (String segment : name.split("/", -1)) {
            if (segment.isEmpty() || segment.equals(".") || segment.equals("..") || segment.indexOf('\\') >= 0
                    || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
                throw unsafe(name);
            }
        }
        return name;
    }

    /** The name as a URL path, each segment percent-encoded (RFC 3986 unreserved characters kept). */
    static String toUrlPath(String name) {
        StringBuilder url = new StringBuilder();
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~' || c == '/') {
                url.append((char) c);
            } else {
                url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return url.toString();
    }

    /** The folder of a name, with its trailing slash ({@code a/b/c} gives {@code a/b/}); empty at the root. */
    static String folder(String name) {
        return name.substring(0, name.lastIndexOf('/') + 1);
    }

    private static IllegalArgumentException unsafe(String name) {
        return new IllegalArgumentException("unsafe target name '" + name
                + "': must be relative, without '.', '..' or empty segments, at most 1024 bytes");
    }
}
