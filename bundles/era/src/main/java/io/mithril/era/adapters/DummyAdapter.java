package io.mithril.era.adapters;

import java.util.List;

import io.mithril.era.EraMarker;
import io.mithril.era.EraReaderAdapter;

/** A fixed marker list (<code>dummy</code>, params <code>{"markers":[{"name","epoch"}]}</code>). */
public final class DummyAdapter implements EraReaderAdapter {
    private final List<EraMarker> markers;

    public DummyAdapter(List<EraMarker> markers) {
        this.markers = List.copyOf(markers);
    }

    @Override
    public List<EraMarker> read() {
        return markers;
    }
}
