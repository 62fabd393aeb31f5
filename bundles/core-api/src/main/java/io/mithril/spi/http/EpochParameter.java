package io.mithril.spi.http;

import java.util.Locale;

/**
 * Parses an <code>{epoch}</code> path parameter the way the reference does (aggregator.md §1.1): <code>N</code>,
 * <code>latest</code> or <code>latest-K</code>, case-insensitive.
 */
public final class EpochParameter {
    /** The largest K accepted in <code>latest-K</code> on artifact-by-epoch routes. */
    public static final long MAX_ARTIFACT_EPOCH_OFFSET = 5;

    private EpochParameter() {
    }

    /**
     * Expands the parameter against the current epoch.
     *
     * @param maxOffset the largest K allowed in <code>latest-K</code>, or a negative number for no limit
     * @throws ApiException 400 <code>invalid_epoch</code> when it does not parse or the offset is too large
     */
    public static long resolve(String parameter, long currentEpoch, long maxOffset) {
        String value = parameter == null ? "" : parameter.trim().toLowerCase(Locale.ROOT);
        try {
            if (value.equals("latest")) {
                return currentEpoch;
            }
            if (value.startsWith("latest-")) {
                long offset = Long.parseUnsignedLong(value.substring("latest-".length()));
                if (maxOffset >= 0 && Long.compareUnsigned(offset, maxOffset) > 0) {
                    throw ApiException.badRequest("invalid_epoch", "invalid epoch '" + parameter
                            + "': offset greater than maximum allowed value (" + maxOffset + ")");
                }
                return Math.max(0, currentEpoch - offset);
            }
            return Long.parseUnsignedLong(value);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_epoch", "invalid epoch '" + parameter + "': " + e.getMessage());
        }
    }

    /** True when the parameter is a <code>latest</code> or <code>latest-K</code> expression. */
    public static boolean isLatestExpression(String parameter) {
        return parameter != null && parameter.trim().toLowerCase(Locale.ROOT).startsWith("latest");
    }
}
