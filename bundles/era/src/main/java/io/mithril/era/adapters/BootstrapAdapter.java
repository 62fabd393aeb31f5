package io.mithril.era.adapters;

import java.util.List;

import io.mithril.era.EraMarker;
import io.mithril.era.EraReaderAdapter;
import io.mithril.era.SupportedEra;

/**
 * Advertises a single supported era from epoch 0: the first one (<code>bootstrap</code>, pythagoras@0) or the last
 * one (<code>bootstrap-latest</code>).
 */
public final class BootstrapAdapter implements EraReaderAdapter {
    private final List<EraMarker> markers;

    private BootstrapAdapter(SupportedEra era) {
        this.markers = List.of(EraMarker.at(era.id(), 0));
    }

    /** <code>bootstrap</code>: the first supported era at epoch 0. */
    public static BootstrapAdapter first() {
        List<SupportedEra> eras = SupportedEra.eras();
        return new BootstrapAdapter(eras.get(0));
    }

    /** <code>bootstrap-latest</code>: the last supported era at epoch 0. */
    public static BootstrapAdapter latest() {
        List<SupportedEra> eras = SupportedEra.eras();
        return new BootstrapAdapter(eras.get(eras.size() - 1));
    }

    @Override
    public List<EraMarker> read() {
        return markers;
    }
}
