package io.mithril.era;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Tells the current era and the era to come at an epoch. The era bundle registers one as an OSGi service, built
 * from <code>era_reader_adapter_type</code> / <code>era_reader_adapter_params</code>.
 */
@ProviderType
public interface EraReader {
    /**
     * @throws EraReaderException when the adapter fails or no marker applies to {@code currentEpoch}
     *         ({@link EraReaderException.Kind#CURRENT_ERA_NOT_FOUND})
     */
    EraEpochToken readEraEpochToken(long currentEpoch) throws EraReaderException;
}
