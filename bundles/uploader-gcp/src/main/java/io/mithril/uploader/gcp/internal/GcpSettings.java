package io.mithril.uploader.gcp.internal;

import java.net.URI;
import java.util.Map;

/**
 * What the GCP uploader reads from the aggregator configuration (PID {@code io.mithril.aggregator}). Reference keys
 * (aggregator.md §6.2): {@code snapshot_uploader_type}, {@code snapshot_bucket_name}, {@code snapshot_use_cdn_domain}.
 * Keys of our own, documented in docs/decisions/uploader-gcp.md:
 * <ul>
 * <li>{@code gcp_storage_api_url} (default {@code https://storage.googleapis.com}): base of the JSON and upload
 * APIs, so that tests and emulators can stand in for Google;</li>
 * <li>{@code gcp_resumable_upload_threshold} (bytes, default 16 MiB): files at least this big go through a
 * resumable session instead of one media upload;</li>
 * <li>{@code gcp_resumable_chunk_size} (bytes, default 16 MiB, a multiple of 256 KiB);</li>
 * <li>{@code gcp_make_objects_public} (default true): false for buckets with uniform bucket-level access, where
 * object ACLs are refused and public reads are granted on the bucket instead.</li>
 * </ul>
 */
record GcpSettings(String uploaderType, String bucket, boolean useCdnDomain, URI storageApiUrl,
        long resumableThreshold, int resumableChunkSize, boolean makePublic) {
    static final String UPLOADER_TYPE = "snapshot_uploader_type";
    static final String BUCKET = "snapshot_bucket_name";
    static final String USE_CDN_DOMAIN = "snapshot_use_cdn_domain";
    static final String STORAGE_API_URL = "gcp_storage_api_url";
    static final String RESUMABLE_THRESHOLD = "gcp_resumable_upload_threshold";
    static final String RESUMABLE_CHUNK_SIZE = "gcp_resumable_chunk_size";
    static final String MAKE_PUBLIC = "gcp_make_objects_public";
    static final String DEFAULT_STORAGE_API_URL = "https://storage.googleapis.com";
    static final int DEFAULT_CHUNK = 16 * 1024 * 1024;

    static GcpSettings from(Map<String, ?> properties) {
        int chunk = (int) number(properties, RESUMABLE_CHUNK_SIZE, DEFAULT_CHUNK, Integer.MAX_VALUE);
        if (chunk % ResumableUpload.CHUNK_QUANTUM != 0) {
            throw new IllegalArgumentException(RESUMABLE_CHUNK_SIZE + " must be a multiple of 262144 (256 KiB), got "
                    + chunk);
        }
        return new GcpSettings(text(properties, UPLOADER_TYPE, "gcp"), text(properties, BUCKET, null),
                bool(properties, USE_CDN_DOMAIN, false), url(text(properties, STORAGE_API_URL,
                        DEFAULT_STORAGE_API_URL)),
                number(properties, RESUMABLE_THRESHOLD, DEFAULT_CHUNK, Long.MAX_VALUE), chunk,
                bool(properties, MAKE_PUBLIC, true));
    }

    boolean selected() {
        return "gcp".equals(uploaderType);
    }

    /** The bucket name, or a clear error when it is not configured (it is required for gcp). */
    String requireBucket() {
        if (bucket == null) {
            throw new IllegalArgumentException(BUCKET + " (env SNAPSHOT_BUCKET_NAME) is required by the gcp uploader");
        }
        return bucket;
    }

    /**
     * Where clients download an object (aggregator.md §11): {@code https://storage.googleapis.com/{bucket}/{path}},
     * or {@code https://{bucket}/{path}} when the bucket name is a CDN domain.
     */
    URI publicUri(String encodedPath) {
        return URI.create("https://" + (useCdnDomain ? "" : "storage.googleapis.com/") + bucket + "/" + encodedPath);
    }

    private static URI url(String value) {
        try {
            URI uri = URI.create(value);
            if (uri.isAbsolute() && uri.getHost() != null) {
                return uri;
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new IllegalArgumentException(STORAGE_API_URL + " must be an absolute http(s) URL, got '" + value + "'");
    }

    private static String text(Map<String, ?> properties, String key, String fallback) {
        Object value = properties.get(key);
        return value == null || value.toString().isBlank() ? fallback : value.toString().trim();
    }

    private static boolean bool(Map<String, ?> properties, String key, boolean fallback) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        if (value instanceof Boolean b) {
            return b;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.parseBoolean(text);
        }
        throw new IllegalArgumentException(key + " must be true or false, got '" + value + "'");
    }

    private static long number(Map<String, ?> properties, String key, long fallback, long max) {
        Object value = properties.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            long n = value instanceof Number number ? number.longValue() : Long.parseLong(value.toString().trim());
            if (n < 1 || n > max) {
                throw new NumberFormatException();
            }
            return n;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(key + " must be a positive number of bytes, got '" + value + "'");
        }
    }
}
