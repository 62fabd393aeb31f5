package io.mithril.api;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The aggregator's current origin-tag whitelist as a service, so that every bundle's REST resources label their
 * metrics the same way. Registered by this bundle from the configuration {@code io.mithril.aggregator}.
 */
@ProviderType
public interface RequestOrigins {
    /** Resolves the two request headers; {@code null} means absent. */
    RequestOrigin resolve(String originTagHeader, String clientTypeHeader);
}
