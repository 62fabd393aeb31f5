package io.mithril.discovery;

import java.util.Locale;
import java.util.Objects;

/** A candidate the capability filter passed over, and why. */
public record SkippedAggregator(AggregatorEndpoint aggregator, Reason reason, String detail) {
    public enum Reason {
        /** Connection refused, timed out, reset, unknown host. */
        UNREACHABLE,
        /** It answered, but not 200 with a root document (or its URL is not an http(s) URL). */
        UNEXPECTED_ANSWER,
        /** Its advertised capabilities do not satisfy the requirement. */
        NOT_CAPABLE
    }

    public SkippedAggregator {
        Objects.requireNonNull(aggregator, "aggregator");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(detail, "detail");
    }

    /** e.g. {@code https://a.example/aggregator: unreachable (Connection refused)}. */
    @Override
    public String toString() {
        return aggregator + ": " + reason.name().toLowerCase(Locale.ROOT).replace('_', ' ') + " (" + detail + ")";
    }
}
