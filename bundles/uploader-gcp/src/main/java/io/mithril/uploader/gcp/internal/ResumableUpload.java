package io.mithril.uploader.gcp.internal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends a file to a resumable upload session in chunks ({@code PUT} with {@code Content-Range}). After each
 * {@code 308} the server's {@code Range: bytes=0-N} says how much it kept, and sending resumes from there, so a
 * chunk the server only partly stored is not lost. A large archive thus never needs one single long request.
 */
final class ResumableUpload {
    /** Chunk sizes must be multiples of 256 KiB, except the last chunk. */
    static final int CHUNK_QUANTUM = 256 * 1024;
    private static final Pattern RANGE = Pattern.compile("bytes=0-(\\d+)");
    private static final int MAX_STALLS = 3;

    private final GcsClient client;
    private final Path file;
    private final long size;
    private final int chunkSize;

    ResumableUpload(GcsClient client, Path file, long size, int chunkSize) {
        this.client = client;
        this.file = file;
        this.size = size;
        this.chunkSize = chunkSize;
    }

    void run(URI session) throws IOException {
        long offset = 0;
        int stalls = 0;
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            while (true) {
                int length = (int) Math.min(chunkSize, size - offset);
                byte[] chunk = read(channel, offset, length);
                HttpResponse<String> response = client.call(client.request(session)
                        .timeout(HttpCalls.UPLOAD_TIMEOUT)
                        .header("Content-Range", "bytes " + offset + "-" + (offset + length - 1) + "/" + size)
                        .PUT(HttpRequest.BodyPublishers.ofByteArray(chunk)));
                int status = response.statusCode();
                if (status == 200 || status == 201) {
                    return;
                }
                if (status != 308) {
                    throw GcsClient.failure("uploading bytes " + offset + "+" + length + " of " + file, response);
                }
                long persisted = persisted(response);
                stalls = persisted > offset ? 0 : stalls + 1;
                if (stalls >= MAX_STALLS || persisted >= size) {
                    throw new IOException("resumable upload of " + file + " made no progress at byte " + persisted
                            + " of " + size);
                }
                offset = persisted;
            }
        }
    }

    /** Bytes the server holds: {@code Range: bytes=0-N} means N+1, no header means none. */
    private static long persisted(HttpResponse<String> response) throws IOException {
        String range = response.headers().firstValue("Range").orElse(null);
        if (range == null) {
            return 0;
        }
        Matcher matcher = RANGE.matcher(range.trim());
        if (!matcher.matches()) {
            throw new IOException("unexpected Range header in a resumable upload answer: '" + range + "'");
        }
        return Long.parseLong(matcher.group(1)) + 1;
    }

    private static byte[] read(FileChannel channel, long offset, int length) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(length);
        while (buffer.hasRemaining()) {
            if (channel.read(buffer, offset + buffer.position()) < 0) {
                throw new IOException("file shrank while being uploaded");
            }
        }
        return buffer.array();
    }
}
