package io.mithril.uploader.gcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A loopback stand-in for Google's OAuth2 token endpoint and the Cloud Storage JSON API, strict about the wire
 * format: it verifies the JWT's RS256 signature with the test public key and its claims, demands a token it issued
 * on every storage call, requires object names percent-encoded as one path segment, stores objects (media and
 * resumable uploads), pages listings, answers 404 for missing objects and records ACL insertions. Failures can be
 * injected.
 */
final class FakeGcs implements AutoCloseable {
    static final String EMAIL = "mithril-uploader@test-project.iam.gserviceaccount.com";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern CONTENT_RANGE = Pattern.compile("bytes (\\d+)-(\\d+)/(\\d+)");

    private final HttpServer server;
    private final PublicKey publicKey;
    private final String bucket;
    private final Map<String, byte[]> objects = new ConcurrentHashMap<>();
    private final Map<String, ByteArrayOutputStream> sessions = new ConcurrentHashMap<>();
    private final Set<String> tokens = ConcurrentHashMap.newKeySet();
    private final List<String> acl = Collections.synchronizedList(new ArrayList<>());
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final List<JsonNode> assertions = Collections.synchronizedList(new ArrayList<>());
    private final List<String> contentRanges = Collections.synchronizedList(new ArrayList<>());
    private final Clock clock;
    private final AtomicInteger failTokens = new AtomicInteger();
    private final AtomicInteger failUploads = new AtomicInteger();
    private final AtomicInteger truncateNextChunk = new AtomicInteger();
    private volatile int pageSize = 2;
    private volatile boolean uniformAccess;
    private volatile int tokenLifetime = 3599;

    FakeGcs(PublicKey publicKey, String bucket) throws IOException {
        this(publicKey, bucket, Clock.systemUTC());
    }

    /** With the clock the JWT times are checked against (the uploader's clock, when a test moves it). */
    FakeGcs(PublicKey publicKey, String bucket, Clock clock) throws IOException {
        this.clock = clock;
        this.publicKey = publicKey;
        this.bucket = bucket;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String tokenUri() {
        return url() + "/token";
    }

    // --- state and fault injection ---

    void put(String name, byte[] content) {
        objects.put(name, content);
    }

    byte[] object(String name) {
        return objects.get(name);
    }

    List<String> aclInsertions() {
        return List.copyOf(acl);
    }

    List<String> requests() {
        return List.copyOf(requests);
    }

    long count(String requestPrefix) {
        return requests().stream().filter(r -> r.startsWith(requestPrefix)).count();
    }

    /** The Content-Range of every resumable chunk received, in order. */
    List<String> contentRanges() {
        return List.copyOf(contentRanges);
    }

    List<JsonNode> assertions() {
        return List.copyOf(assertions);
    }

    void failTokenRequests(int times) {
        failTokens.set(times);
    }

    void failUploads(int times) {
        failUploads.set(times);
    }

    /** The next resumable chunk is only partly kept (as after a dropped connection). */
    void truncateNextChunk(int bytes) {
        truncateNextChunk.set(bytes);
    }

    void revokeTokens() {
        tokens.clear();
    }

    void uniformBucketLevelAccess() {
        uniformAccess = true;
    }

    void pageSize(int size) {
        pageSize = size;
    }

    void tokenLifetime(int seconds) {
        tokenLifetime = seconds;
    }

    @Override
    public void close() {
        server.stop(0);
    }

    // --- protocol ---

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            String query = exchange.getRequestURI().getRawQuery();
            requests.add(exchange.getRequestMethod() + " " + path + (query == null ? "" : "?" + query));
            byte[] body = exchange.getRequestBody().readAllBytes();
            Map<String, String> params = params(query);
            if (path.equals("/token")) {
                token(exchange, new String(body, StandardCharsets.UTF_8));
                return;
            }
            String auth = exchange.getRequestHeaders().getFirst("Authorization");
            if (auth == null || !auth.startsWith("Bearer ") || !tokens.contains(auth.substring(7))) {
                error(exchange, 401, "Invalid Credentials");
                return;
            }
            String objects = "/storage/v1/b/" + bucket + "/o";
            String uploads = "/upload/storage/v1/b/" + bucket + "/o";
            String method = exchange.getRequestMethod();
            if (path.equals(uploads) && method.equals("POST") && "media".equals(params.get("uploadType"))) {
                media(exchange, params.get("name"), body);
            } else if (path.equals(uploads) && method.equals("POST") && "resumable".equals(params.get("uploadType"))) {
                startSession(exchange, params.get("name"));
            } else if (path.equals(uploads) && method.equals("PUT") && params.containsKey("upload_id")) {
                chunk(exchange, params, body);
            } else if (path.equals(objects) && method.equals("GET")) {
                list(exchange, params);
            } else if (path.startsWith(objects + "/") && path.endsWith("/acl") && method.equals("POST")) {
                insertAcl(exchange, singleSegment(path.substring(objects.length() + 1, path.length() - 4)), body);
            } else if (path.startsWith(objects + "/") && method.equals("GET")) {
                metadata(exchange, singleSegment(path.substring(objects.length() + 1)));
            } else {
                error(exchange, 404, "Not Found: " + method + " " + path);
            }
        } catch (RuntimeException e) {
            throw new IOException(e);
        }
    }

    private void token(HttpExchange exchange, String form) throws IOException {
        if (failTokens.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            send(exchange, 500, "{\"error\":\"internal_failure\"}");
            return;
        }
        Map<String, String> params = params(form);
        if (!"urn:ietf:params:oauth:grant-type:jwt-bearer".equals(params.get("grant_type"))) {
            send(exchange, 400, "{\"error\":\"unsupported_grant_type\"}");
            return;
        }
        String[] parts = params.getOrDefault("assertion", "").split("\\.");
        if (parts.length != 3) {
            send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT\"}");
            return;
        }
        try {
            Signature rs256 = Signature.getInstance("SHA256withRSA");
            rs256.initVerify(publicKey);
            rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rs256.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT Signature.\"}");
                return;
            }
            JsonNode header = JSON.readTree(Base64.getUrlDecoder().decode(parts[0]));
            JsonNode claims = JSON.readTree(Base64.getUrlDecoder().decode(parts[1]));
            long now = clock.instant().getEpochSecond();
            boolean valid = header.path("alg").asText().equals("RS256") && claims.path("iss").asText().equals(EMAIL)
                    && claims.path("aud").asText().equals(tokenUri())
                    && claims.path("scope").asText().contains("https://www.googleapis.com/auth/devstorage")
                    && claims.path("exp").asLong() - claims.path("iat").asLong() <= 3600
                    && claims.path("exp").asLong() > now && claims.path("iat").asLong() <= now + 300;
            if (!valid) {
                send(exchange, 400, "{\"error\":\"invalid_grant\",\"error_description\":\"Invalid JWT claims\"}");
                return;
            }
            assertions.add(JSON.createObjectNode().<ObjectNode>set("header", header).set("claims", claims));
        } catch (Exception e) {
            send(exchange, 400, "{\"error\":\"invalid_request\"}");
            return;
        }
        String token = "ya29.fake-" + (tokens.size() + assertions.size());
        tokens.add(token);
        send(exchange, 200, "{\"access_token\":\"" + token + "\",\"expires_in\":" + tokenLifetime
                + ",\"token_type\":\"Bearer\"}");
    }

    private void media(HttpExchange exchange, String name, byte[] body) throws IOException {
        if (failUploads.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            error(exchange, 503, "Service Unavailable");
            return;
        }
        if (name == null || !"application/octet-stream".equals(exchange.getRequestHeaders().getFirst("Content-Type"))) {
            error(exchange, 400, "name and Content-Type are required");
            return;
        }
        objects.put(name, body);
        send(exchange, 200, resource(name));
    }

    private void startSession(HttpExchange exchange, String name) throws IOException {
        if (name == null || exchange.getRequestHeaders().getFirst("X-Upload-Content-Length") == null) {
            error(exchange, 400, "name and X-Upload-Content-Length are required");
            return;
        }
        String id = "session-" + sessions.size();
        sessions.put(id + "|" + name, new ByteArrayOutputStream());
        exchange.getResponseHeaders().add("Location",
                url() + "/upload/storage/v1/b/" + bucket + "/o?uploadType=resumable&name="
                        + GcsClient.encode(name) + "&upload_id=" + id);
        send(exchange, 200, "");
    }

    private void chunk(HttpExchange exchange, Map<String, String> params, byte[] body) throws IOException {
        String key = params.get("upload_id") + "|" + params.get("name");
        ByteArrayOutputStream received = sessions.get(key);
        String contentRange = exchange.getRequestHeaders().getFirst("Content-Range");
        contentRanges.add(contentRange);
        Matcher range = CONTENT_RANGE.matcher(String.valueOf(contentRange));
        if (received == null || !range.matches() || Long.parseLong(range.group(1)) != received.size()
                || Long.parseLong(range.group(2)) - Long.parseLong(range.group(1)) + 1 != body.length) {
            error(exchange, 400, "bad resumable chunk");
            return;
        }
        int keep = body.length - Math.min(body.length, truncateNextChunk.getAndSet(0));
        received.write(body, 0, keep);
        long total = Long.parseLong(range.group(3));
        if (received.size() == total) {
            objects.put(params.get("name"), received.toByteArray());
            sessions.remove(key);
            send(exchange, 200, resource(params.get("name")));
            return;
        }
        if (received.size() > 0) {
            exchange.getResponseHeaders().add("Range", "bytes=0-" + (received.size() - 1));
        }
        send(exchange, 308, "");
    }

    private void list(HttpExchange exchange, Map<String, String> params) throws IOException {
        String prefix = params.getOrDefault("prefix", "");
        List<String> names = new ArrayList<>(new TreeMap<>(objects).keySet());
        names.removeIf(n -> !n.startsWith(prefix));
        int from = Integer.parseInt(params.getOrDefault("pageToken", "0"));
        int to = Math.min(names.size(), from + pageSize);
        ObjectNode page = JSON.createObjectNode().put("kind", "storage#objects");
        if (from < to) {
            var items = page.putArray("items");
            names.subList(from, to).forEach(n -> items.addObject().put("name", n));
        }
        if (to < names.size()) {
            page.put("nextPageToken", Integer.toString(to));
        }
        send(exchange, 200, page.toString());
    }

    private void metadata(HttpExchange exchange, String name) throws IOException {
        if (name != null && objects.containsKey(name)) {
            send(exchange, 200, resource(name));
        } else {
            error(exchange, 404, "No such object: " + bucket + "/" + name);
        }
    }

    private void insertAcl(HttpExchange exchange, String name, byte[] body) throws IOException {
        if (uniformAccess) {
            error(exchange, 400, "Cannot insert legacy ACL for an object when uniform bucket-level access is enabled.");
            return;
        }
        if (name == null || !objects.containsKey(name)) {
            error(exchange, 404, "No such object");
            return;
        }
        JsonNode entry = JSON.readTree(body);
        acl.add(name + " " + entry.path("entity").asText() + " " + entry.path("role").asText());
        send(exchange, 200, JSON.createObjectNode().put("kind", "storage#objectAccessControl")
                .put("entity", entry.path("entity").asText()).put("role", entry.path("role").asText()).toString());
    }

    private String resource(String name) {
        return JSON.createObjectNode().put("kind", "storage#object").put("bucket", bucket).put("name", name)
                .put("size", Integer.toString(objects.getOrDefault(name, new byte[0]).length)).toString();
    }

    /** An object name must arrive as one encoded path segment ({@code /} as {@code %2F}); null otherwise. */
    private static String singleSegment(String raw) {
        return raw.contains("/") ? null : decode(raw);
    }

    private static Map<String, String> params(String query) {
        Map<String, String> params = new LinkedHashMap<>();
        if (query != null && !query.isEmpty()) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                params.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
            }
        }
        return params;
    }

    /** Strict percent-decoding; {@code +} stays a plus (it is not a space in a URL path or in these queries). */
    private static String decode(String raw) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '%') {
                bytes.write(Integer.parseInt(raw.substring(i + 1, i + 3), 16));
                i += 2;
            } else {
                bytes.write(c);
            }
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> error = new HashMap<>();
        error.put("code", status);
        error.put("message", message);
        send(exchange, status, JSON.writeValueAsString(Map.of("error", error)));
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json; charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
    }
}
