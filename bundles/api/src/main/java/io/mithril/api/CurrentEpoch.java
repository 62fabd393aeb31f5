package io.mithril.api;

import io.mithril.spi.http.EpochParameter;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.EpochContextProvider;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The current epoch for {@code latest} / {@code latest-K} path parameters, read from the runtime's epoch service,
 * which may come and go (a dynamic reference). Without it, or before it knows an epoch, a {@code latest} request
 * fails with a server error, like the reference before its epoch service is informed.
 */
public final class CurrentEpoch {
    private final AtomicReference<EpochContextProvider> provider = new AtomicReference<>();

    public CurrentEpoch() {
    }

    public CurrentEpoch(EpochContextProvider provider) {
        this.provider.set(provider);
    }

    public void bind(EpochContextProvider newProvider) {
        provider.set(Objects.requireNonNull(newProvider));
    }

    public void unbind(EpochContextProvider oldProvider) {
        provider.compareAndSet(oldProvider, null);
    }

    /** @throws IllegalStateException when no epoch is known yet */
    public long get() {
        EpochContextProvider current = provider.get();
        if (current == null) {
            throw new IllegalStateException("the epoch service is not available");
        }
        return current.current().map(EpochContext::epoch)
                .orElseThrow(() -> new IllegalStateException("the epoch service has not been informed of an epoch"));
    }

    /**
     * Expands an {@code {epoch}} path parameter (aggregator.md §1.1). The current epoch is only read for
     * {@code latest} expressions, so a numeric epoch works even before the epoch service knows one.
     *
     * @param maxOffset the largest K of {@code latest-K}, negative for no limit
     * @throws io.mithril.spi.http.ApiException 400 {@code invalid_epoch} when it does not parse
     */
    public long resolve(String parameter, long maxOffset) {
        long current = EpochParameter.isLatestExpression(parameter) && parsesAsLatest(parameter) ? get() : 0;
        return EpochParameter.resolve(parameter, current, maxOffset);
    }

    /** A malformed {@code latest…} is a client error first, whether or not an epoch is known. */
    private static boolean parsesAsLatest(String parameter) {
        try {
            EpochParameter.resolve(parameter, 0, -1);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
