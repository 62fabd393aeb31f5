package io.mithril.spi.signedentity;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The aggregator's epoch service, as a service for plugins and REST routes: the context of the current epoch, empty
 * until the runtime has been informed of an epoch (then routes that need it answer 500, like the reference).
 */
@ProviderType
public interface EpochContextProvider {
    Optional<EpochContext> current();
}
