package io.mithril.core.internal.certifier;

/** Replays the signatures buffered for a type against a new open message of that type (aggregator.md §1.4). */
@FunctionalInterface
public interface BufferedSignatureReplay {
    void replay(OpenMessage message);
}
