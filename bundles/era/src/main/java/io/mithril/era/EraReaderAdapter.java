package io.mithril.era;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/** Reads era markers from a backend (a file, the chain, a fixed list). */
@ConsumerType
@FunctionalInterface
public interface EraReaderAdapter {
    List<EraMarker> read() throws Exception;
}
