package io.mithril.http.internal;

import com.fasterxml.jackson.core.JacksonException;
import io.mithril.spi.http.ApiException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.NoContentException;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Bounds every request body read by a resource to the limit (413 beyond it, also for bodies sent without a length)
 * and turns a body that does not deserialize into a 400 client error, where the reference's warp rejects it.
 */
public final class RequestBodyInterceptor implements ReaderInterceptor {
    private final long maxBodyBytes;

    public RequestBodyInterceptor(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new BoundedInputStream(context.getInputStream(), maxBodyBytes));
        try {
            return context.proceed();
        } catch (BodyTooLargeException e) {
            throw new WebApplicationException(e, 413);
        } catch (JacksonException | NoContentException e) {
            if (causedByBodyTooLarge(e)) {
                throw new WebApplicationException(e, 413);
            }
            throw deserializeError(e);
        }
    }

    private static boolean causedByBodyTooLarge(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof BodyTooLargeException) {
                return true;
            }
        }
        return false;
    }

    /** The 400 client error for a body that does not deserialize. */
    static ApiException deserializeError(Throwable error) {
        return new ApiException(400, ErrorBodies.BODY_DESERIALIZE_ERROR, describe(error), error);
    }

    private static String describe(Throwable error) {
        if (error instanceof JacksonException json) {
            String location = json.getLocation() == null ? ""
                    : " at line " + json.getLocation().getLineNr() + " column " + json.getLocation().getColumnNr();
            return json.getOriginalMessage() + location;
        }
        return error.getMessage();
    }

    /** Thrown by the bounded stream; an IOException so that body readers pass it through untouched. */
    static final class BodyTooLargeException extends IOException {
        private static final long serialVersionUID = 1L;

        BodyTooLargeException(long limit) {
            super("request body larger than " + limit + " bytes");
        }
    }

    /** Counts bytes as they are read and fails once more than the limit has arrived. */
    static final class BoundedInputStream extends FilterInputStream {
        private final long limit;
        private long count;

        BoundedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws BodyTooLargeException {
            count += n;
            if (count > limit) {
                throw new BodyTooLargeException(limit);
            }
        }
    }
}
