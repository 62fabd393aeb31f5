package io.mithril.era.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mithril.era.EraMarker;
import io.mithril.era.EraReaderException;
import io.mithril.era.TestKeys;
import io.mithril.era.adapters.EraMarkersPayload;
import io.mithril.era.adapters.FakeChainObserver;
import io.mithril.era.adapters.TxDatums;
import io.mithril.spi.chain.ChainObserver;

class EraReaderComponentTest {
    private static final Map<String, Object> CARDANO_CHAIN = Map.of("chain_observer_type", "cardano-cli",
            "era_reader_adapter_type", "cardano-chain", "era_reader_adapter_params",
            "{\"address\":\"addr\",\"verification_key\":\"" + TestKeys.referenceVerificationKey().toJsonHex() + "\"}");

    @Test
    void cardanoChainAdapterUsesTheObserverOfTheConfiguredType() throws Exception {
        FakeChainObserver withMarkers = new FakeChainObserver(List.of(TxDatums.ofBytes(EraMarkersPayload.sign(
                List.of(EraMarker.at("lagrange", 4)), TestKeys.deterministicSigner()).toJsonHex())));
        FakeChainObserver empty = new FakeChainObserver(List.of());
        EraReaderComponent component = new EraReaderComponent();
        component.configure(CARDANO_CHAIN);
        component.addChainObserver(empty, Map.of(ChainObserver.TYPE_PROPERTY, "devnet"));
        component.addChainObserver(withMarkers, Map.of(ChainObserver.TYPE_PROPERTY, "cardano-cli"));

        assertEquals(EraMarker.at("lagrange", 4), component.readEraEpochToken(5).currentEra());

        component.removeChainObserver(withMarkers, Map.of(ChainObserver.TYPE_PROPERTY, "cardano-cli"));
        EraReaderException e = assertThrows(EraReaderException.class, () -> component.readEraEpochToken(5));
        assertTrue(e.getMessage().contains("no chain observer of type 'cardano-cli'"), e.getMessage());
    }
}
