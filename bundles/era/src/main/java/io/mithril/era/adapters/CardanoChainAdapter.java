package io.mithril.era.adapters;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.era.EraMarker;
import io.mithril.era.EraReaderAdapter;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.TxDatum;

/**
 * Reads the era markers written on chain (<code>cardano-chain</code>): the inline datums of the UTxOs at an address,
 * each decoded to a signed payload. The first payload whose signature verifies wins; when none does the list is
 * empty (which makes the era reader fail with CurrentEraNotFound). Undecodable datums are skipped.
 */
public final class CardanoChainAdapter implements EraReaderAdapter {
    /** Supplies the chain observer at read time (the configured one may be installed after this adapter). */
    @FunctionalInterface
    public interface ObserverSource {
        ChainObserver get() throws ChainObserverException;
    }

    private final String address;
    private final ObserverSource observer;
    private final Ed25519VerificationKey verificationKey;

    public CardanoChainAdapter(String address, ObserverSource observer, Ed25519VerificationKey verificationKey) {
        this.address = Objects.requireNonNull(address, "address");
        this.observer = Objects.requireNonNull(observer, "observer");
        this.verificationKey = Objects.requireNonNull(verificationKey, "verificationKey");
    }

    @Override
    public List<EraMarker> read() throws ChainObserverException {
        for (TxDatum datum : observer.get().currentDatums(address)) {
            Optional<EraMarkersPayload> payload = decode(datum);
            if (payload.isPresent() && payload.get().verify(verificationKey)) {
                return payload.get().markers();
            }
        }
        return List.of();
    }

    private static Optional<EraMarkersPayload> decode(TxDatum datum) {
        Optional<String> bytes = TxDatums.concatenatedBytes(datum);
        if (bytes.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(EraMarkersPayload.fromJsonHex(bytes.get()));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
