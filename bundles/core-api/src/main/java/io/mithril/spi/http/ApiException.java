package io.mithril.spi.http;

/**
 * A client error that a REST resource reports. The HTTP bundle renders it with the given status and the
 * reference's body <code>{"label": label, "message": message}</code>.
 */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String label;

    public ApiException(int status, String label, String message) {
        super(message);
        this.status = status;
        this.label = label;
    }

    public ApiException(int status, String label, String message, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.label = label;
    }

    public int status() {
        return status;
    }

    public String label() {
        return label;
    }

    /** 400 with the given label, the most common client error. */
    public static ApiException badRequest(String label, String message) {
        return new ApiException(400, label, message);
    }
}
