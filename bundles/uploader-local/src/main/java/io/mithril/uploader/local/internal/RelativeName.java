package io.mithril.uploader.local.internal;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A slash-separated relative file name that cannot leave the directory it is resolved under: no absolute path, no
 * empty, {@code .} or {@code ..} segment, no backslash, no NUL, no drive letter. Used both for upload target names
 * and for the paths clients request from the download route, so both sides apply the same rule.
 */
record RelativeName(List<String> segments) {
    private static final Pattern SEPARATOR = Pattern.compile("/");

    RelativeName {
        segments = List.copyOf(segments);
    }

    /** The name, or empty when it is not a safe relative name. */
    static Optional<RelativeName> parse(String name) {
        if (name == null || name.isEmpty() || name.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = List.of(SEPARATOR.split(name, -1));
        for (String segment : segments) {
            if (!safeSegment(segment)) {
                return Optional.empty();
            }
        }
        return Optional.of(new RelativeName(segments));
    }

    /** Same as {@link #parse} but throws, for names given by the aggregator itself (a bad one is a bug). */
    static RelativeName require(String name) {
        return parse(name).orElseThrow(() -> new IllegalArgumentException(
                "unsafe target name '" + name + "': must be relative, without '.', '..' or empty segments"));
    }

    private static boolean safeSegment(String segment) {
        return !segment.isEmpty() && !segment.equals(".") && !segment.equals("..") && segment.indexOf('\\') < 0
                && segment.indexOf('\0') < 0 && segment.indexOf(':') < 0;
    }

    boolean startsWith(String firstSegment) {
        return segments.get(0).equals(firstSegment);
    }

    /** This name without its first segment; empty when nothing is left. */
    Optional<RelativeName> tail() {
        return segments.size() < 2 ? Optional.empty()
                : Optional.of(new RelativeName(segments.subList(1, segments.size())));
    }

    String fileName() {
        return segments.get(segments.size() - 1);
    }

    /** The file under {@code root}; every segment is safe, so the result stays inside it (symlinks aside). */
    Path resolveUnder(Path root) {
        Path path = root;
        for (String segment : segments) {
            path = path.resolve(segment);
        }
        return path;
    }

    /** The name as a URL path: each segment percent-encoded (RFC 3986 unreserved characters kept). */
    String toUrlPath() {
        StringBuilder url = new StringBuilder();
        for (String segment : segments) {
            if (url.length() > 0) {
                url.append('/');
            }
            appendEncoded(url, segment);
        }
        return url.toString();
    }

    private static void appendEncoded(StringBuilder url, String segment) {
        for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
                    || c == '_' || c == '~') {
                url.append((char) c);
            } else {
                url.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
    }

    @Override
    public String toString() {
        return String.join("/", segments);
    }
}
