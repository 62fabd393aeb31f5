package io.mithril.era.internal;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.mithril.era.EraEpochToken;
import io.mithril.era.EraMarker;
import io.mithril.era.EraReader;
import io.mithril.era.EraReaderException;
import io.mithril.era.MarkerEraReader;
import io.mithril.era.SupportedEra;
import io.mithril.era.adapters.CardanoChainAdapter;
import io.mithril.era.adapters.DummyAdapter;
import io.mithril.era.adapters.EraReaderAdapters;

/**
 * The era reader the configuration asks for. A configuration error does not prevent the service from existing: it
 * is reported on every read, so the runtime fails at startup with a message naming the bad setting.
 */
final class ConfiguredEraReader implements EraReader {
    private final EraReader delegate;
    private final IllegalArgumentException configurationError;

    private ConfiguredEraReader(EraReader delegate, IllegalArgumentException configurationError) {
        this.delegate = delegate;
        this.configurationError = configurationError;
    }

    /**
     * Reads <code>environment</code>, <code>era_reader_adapter_type</code> and <code>era_reader_adapter_params</code>.
     * The Test environment always uses pythagoras@0, like the reference.
     */
    static ConfiguredEraReader from(Map<String, ?> properties, CardanoChainAdapter.ObserverSource observer) {
        Objects.requireNonNull(properties, "properties");
        if ("Test".equals(String.valueOf(properties.get("environment")))) {
            return new ConfiguredEraReader(new MarkerEraReader(new DummyAdapter(
                    List.of(EraMarker.at(SupportedEra.eras().get(0).id(), 0)))), null);
        }
        Object type = properties.get("era_reader_adapter_type");
        Object params = properties.get("era_reader_adapter_params");
        try {
            return new ConfiguredEraReader(new MarkerEraReader(EraReaderAdapters.build(
                    type == null ? null : type.toString(), params == null ? null : params.toString(), observer)), null);
        } catch (IllegalArgumentException e) {
            return new ConfiguredEraReader(null, e);
        }
    }

    boolean isMisconfigured() {
        return configurationError != null;
    }

    String configurationError() {
        return configurationError == null ? "" : configurationError.getMessage();
    }

    @Override
    public EraEpochToken readEraEpochToken(long currentEpoch) throws EraReaderException {
        if (configurationError != null) {
            throw new EraReaderException(EraReaderException.Kind.ADAPTER_FAILURE,
                    "Could not build EraReader: " + configurationError.getMessage(), configurationError);
        }
        return delegate.readEraEpochToken(currentEpoch);
    }
}
