package io.mithril.core.internal.registration;

import java.util.Map;

/**
 * An open signer registration round: registrations for {@code epoch} (the current epoch + 1), checked against the
 * stake distribution stored under that epoch (aggregator.md §1.3, §2.2).
 */
public record RegistrationRound(long epoch, Map<String, Long> stakes) {
    public RegistrationRound {
        stakes = Map.copyOf(stakes);
    }
}
