package io.mithril.discovery;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

/**
 * The candidates that satisfy a requirement, found lazily: each {@link #hasNext()} probes candidates only until the
 * next capable one, so taking the first capable aggregator probes as few as possible. Those passed over are kept in
 * {@link #skipped()}.
 */
public final class CapableAggregators implements Iterator<CapableAggregator> {
    private final CapabilityRequirement requirement;
    private final Iterator<AggregatorEndpoint> candidates;
    private final CapabilitiesProbe probe;
    private final List<SkippedAggregator> skipped = new ArrayList<>();
    private CapableAggregator next;

    CapableAggregators(CapabilityRequirement requirement, Iterator<AggregatorEndpoint> candidates,
            CapabilitiesProbe probe) {
        this.requirement = requirement;
        this.candidates = candidates;
        this.probe = probe;
    }

    @Override
    public boolean hasNext() {
        while (next == null && candidates.hasNext()) {
            next = probe(candidates.next());
        }
        return next != null;
    }

    @Override
    public CapableAggregator next() {
        if (!hasNext()) {
            throw new NoSuchElementException("no further capable aggregator");
        }
        CapableAggregator found = next;
        next = null;
        return found;
    }

    /** The next capable aggregator, if any. */
    public Optional<CapableAggregator> first() {
        return hasNext() ? Optional.of(next()) : Optional.empty();
    }

    /** The candidates passed over so far, in probing order. */
    public List<SkippedAggregator> skipped() {
        return List.copyOf(skipped);
    }

    private CapableAggregator probe(AggregatorEndpoint candidate) {
        AggregatorCapabilities capabilities;
        try {
            capabilities = probe.capabilities(candidate);
        } catch (IOException e) {
            skipped.add(new SkippedAggregator(candidate, SkippedAggregator.Reason.UNREACHABLE, describe(e)));
            return null;
        } catch (DiscoveryException e) {
            skipped.add(new SkippedAggregator(candidate, SkippedAggregator.Reason.UNEXPECTED_ANSWER, e.getMessage()));
            return null;
        }
        if (!requirement.isSatisfiedBy(capabilities)) {
            skipped.add(new SkippedAggregator(candidate, SkippedAggregator.Reason.NOT_CAPABLE,
                    "requires " + requirement + ", advertises " + capabilities.signedEntityTypes().stream()
                            .map(type -> type.jsonName()).sorted().toList() + " with "
                            + capabilities.aggregateSignatureType()));
            return null;
        }
        return new CapableAggregator(candidate, capabilities);
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
