package io.mithril.uploader.gcp.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;

/**
 * The few Cloud Storage JSON API calls the uploader needs, on one bucket: object metadata, listing by prefix,
 * media and resumable uploads, and the {@code allUsers} READER ACL. Every call carries the current access token;
 * a 401 drops it so that the next attempt gets a fresh one.
 */
final class GcsClient {
    static final String CONTENT_TYPE = "application/octet-stream";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final URI apiBase;
    private final String bucket;
    private final AccessTokens tokens;
    private final HttpClient client;
    private final long resumableThreshold;
    private final int chunkSize;

    GcsClient(GcpSettings settings, AccessTokens tokens, HttpClient client) {
        this.apiBase = settings.storageApiUrl();
        this.bucket = settings.bucket();
        this.tokens = tokens;
        this.client = client;
        this.resumableThreshold = settings.resumableThreshold();
        this.chunkSize = settings.resumableChunkSize();
    }

    /** Whether the object exists: 200 yes, 404 no, anything else is an error (never taken as "missing"). */
    boolean exists(String name) throws IOException {
        HttpResponse<String> response = call(
                request(api("/storage/v1/b/" + encode(bucket) + "/o/" + encode(name) + "?fields=name")).GET());
        return switch (response.statusCode()) {
            case 200 -> true;
            case 404 -> false;
            default -> throw failure("reading metadata of " + name, response);
        };
    }

    /** Names of every object whose name starts with {@code prefix}, following the pages. */
    Set<String> list(String prefix) throws IOException {
        Set<String> names = new HashSet<>();
        String pageToken = null;
        do {
            String query = "?prefix=" + encode(prefix) + "&fields=" + encode("items(name),nextPageToken")
                    + (pageToken == null ? "" : "&pageToken=" + encode(pageToken));
            HttpResponse<String> response = expect("listing " + prefix, 200,
                    request(api("/storage/v1/b/" + encode(bucket) + "/o" + query)).GET());
            JsonNode page = JSON.readTree(response.body());
            for (JsonNode item : page.path("items")) {
                names.add(item.path("name").asText());
            }
            pageToken = page.hasNonNull("nextPageToken") ? page.get("nextPageToken").asText() : null;
        } while (pageToken != null);
        return names;
    }

    /** Uploads the file as the object {@code name}, replacing it if present. */
    void upload(Path file, String name) throws IOException {
        long size = Files.size(file);
        if (size >= resumableThreshold) {
            new ResumableUpload(this, file, size, chunkSize).run(startResumable(name, size));
            return;
        }
        expect("uploading " + name, 200, request(uploadUri("media", name)).timeout(HttpCalls.UPLOAD_TIMEOUT)
                .header("Content-Type", CONTENT_TYPE).POST(HttpRequest.BodyPublishers.ofFile(file)));
    }

    /** Grants {@code allUsers} the READER role on the object (fails on buckets with uniform access). */
    void makePublic(String name) throws IOException {
        expect("making " + name + " public", 200,
                request(api("/storage/v1/b/" + encode(bucket) + "/o/" + encode(name) + "/acl"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"entity\":\"allUsers\",\"role\":\"READER\"}")));
    }

    private URI startResumable(String name, long size) throws IOException {
        HttpResponse<String> response = expect("starting the resumable upload of " + name, 200,
                request(uploadUri("resumable", name)).header("X-Upload-Content-Type", CONTENT_TYPE)
                        .header("X-Upload-Content-Length", Long.toString(size))
                        .POST(HttpRequest.BodyPublishers.noBody()));
        return response.headers().firstValue("Location").map(URI::create).orElseThrow(
                () -> new IOException("the resumable upload of " + name + " was started without a session URI"));
    }

    private URI uploadUri(String uploadType, String name) {
        return api("/upload/storage/v1/b/" + encode(bucket) + "/o?uploadType=" + uploadType + "&name=" + encode(name));
    }

    private URI api(String pathAndQuery) {
        String base = apiBase.toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + pathAndQuery);
    }

    HttpRequest.Builder request(URI uri) {
        return HttpRequest.newBuilder(uri).timeout(HttpCalls.CALL_TIMEOUT);
    }

    /** Sends with the bearer token; a 401 invalidates the token for the next attempt. */
    HttpResponse<String> call(HttpRequest.Builder request) throws IOException {
        HttpResponse<String> response = HttpCalls.send(client,
                request.header("Authorization", "Bearer " + tokens.current()).build());
        if (response.statusCode() == 401) {
            tokens.invalidate();
        }
        return response;
    }

    private HttpResponse<String> expect(String operation, int status, HttpRequest.Builder request)
            throws IOException {
        HttpResponse<String> response = call(request);
        if (response.statusCode() != status) {
            throw failure(operation, response);
        }
        return response;
    }

    static GcpHttpException failure(String operation, HttpResponse<String> response) {
        return new GcpHttpException(operation, response.statusCode(), response.body());
    }

    /**
     * Percent-encodes an object name or parameter as Google requires: every byte but ASCII letters, digits and
     * {@code * - . _} (the reference's encode set), so {@code /} in an object name becomes {@code %2F}.
     */
    static String encode(String value) {
        StringBuilder encoded = new StringBuilder();
        for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '*' || c == '-'
                    || c == '.' || c == '_') {
                encoded.append((char) c);
            } else {
                encoded.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return encoded.toString();
    }
}
