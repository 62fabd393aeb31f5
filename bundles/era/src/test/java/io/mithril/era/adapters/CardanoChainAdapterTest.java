package io.mithril.era.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.era.EraMarker;
import io.mithril.era.TestKeys;
import io.mithril.spi.chain.ChainObserverException;
import io.mithril.spi.chain.TxDatum;

/** The reference's cardano_chain adapter test, plus multi-field datums and wrong keys. */
class CardanoChainAdapterTest {
    private static TxDatum datum(EraMarkersPayload payload) {
        return TxDatums.ofBytes(payload.toJsonHex());
    }

    @Test
    void firstVerifiedPayloadWins() throws Exception {
        Ed25519SigningKey signer = TestKeys.deterministicSigner();
        EraMarkersPayload unsigned = new EraMarkersPayload(
                List.of(EraMarker.at("thales", 1), EraMarker.unscheduled("pythagoras")), Optional.empty());
        List<EraMarker> expected = List.of(EraMarker.at("thales", 1), EraMarker.at("pythagoras", 2));
        List<TxDatum> datums = new ArrayList<>(List.of(datum(unsigned),
                datum(EraMarkersPayload.sign(expected, signer))));
        datums.add(new TxDatum("not_valid_datum"));
        datums.add(datum(EraMarkersPayload.sign(List.of(EraMarker.at("later", 9)), signer)));
        FakeChainObserver observer = new FakeChainObserver(datums);

        CardanoChainAdapter adapter = new CardanoChainAdapter("addr_test_123456", () -> observer,
                signer.verificationKey());

        assertEquals(expected, adapter.read());
        assertEquals("addr_test_123456", observer.lastAddress);
        assertTrue(datums.get(1).json().contains("},{\"bytes\":\""), "payload spans several 128-char fields");
    }

    @Test
    void payloadsSignedByAnotherKeyAreIgnored() throws Exception {
        Ed25519SigningKey stranger = Ed25519SigningKey.fromSeed(new byte[32]);
        FakeChainObserver observer = new FakeChainObserver(
                List.of(datum(EraMarkersPayload.sign(List.of(EraMarker.at("pythagoras", 0)), stranger))));
        CardanoChainAdapter adapter = new CardanoChainAdapter("addr", () -> observer,
                TestKeys.referenceVerificationKey());
        assertEquals(List.of(), adapter.read());
    }

    @Test
    void observerFailuresPropagate() {
        CardanoChainAdapter adapter = new CardanoChainAdapter("addr", () -> {
            throw new ChainObserverException("node down");
        }, TestKeys.referenceVerificationKey());
        assertThrows(ChainObserverException.class, adapter::read);
    }
}
