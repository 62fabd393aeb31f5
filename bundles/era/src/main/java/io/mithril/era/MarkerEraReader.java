package io.mithril.era;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The reference's era-reader algorithm (aggregator.md §7): the current marker is the one with the greatest epoch at
 * or before the current epoch (markers without an epoch are ignored; on a tie the first wins); the next marker is
 * the last marker of the list when it differs from the current one.
 */
public final class MarkerEraReader implements EraReader {
    private final EraReaderAdapter adapter;

    public MarkerEraReader(EraReaderAdapter adapter) {
        this.adapter = Objects.requireNonNull(adapter, "adapter");
    }

    @Override
    public EraEpochToken readEraEpochToken(long currentEpoch) throws EraReaderException {
        List<EraMarker> markers = readMarkers();
        EraMarker current = null;
        for (EraMarker marker : markers) {
            if (marker.epoch().isEmpty() || marker.epoch().get() > currentEpoch) {
                continue;
            }
            if (current == null || marker.epoch().get() > current.epoch().get()) {
                current = marker;
            }
        }
        if (current == null) {
            throw new EraReaderException(EraReaderException.Kind.CURRENT_ERA_NOT_FOUND,
                    "Cannot determine the Era we are currently at epoch " + currentEpoch
                            + " using the adapter informations: " + markers,
                    null);
        }
        EraMarker last = markers.get(markers.size() - 1);
        Optional<EraMarker> next = last.equals(current) ? Optional.empty() : Optional.of(last);
        return new EraEpochToken(currentEpoch, current, next);
    }

    private List<EraMarker> readMarkers() throws EraReaderException {
        try {
            return List.copyOf(adapter.read());
        } catch (Exception e) {
            throw new EraReaderException(EraReaderException.Kind.ADAPTER_FAILURE,
                    "Reading from EraReader adapter raised an error: '" + e.getMessage() + "'.", e);
        }
    }
}
