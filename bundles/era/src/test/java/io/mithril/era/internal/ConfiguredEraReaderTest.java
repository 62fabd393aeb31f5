package io.mithril.era.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.mithril.era.EraMarker;
import io.mithril.era.EraReaderException;
import io.mithril.era.TestKeys;
import io.mithril.era.adapters.CardanoChainAdapter;
import io.mithril.era.adapters.EraMarkersPayload;
import io.mithril.era.adapters.FakeChainObserver;
import io.mithril.era.adapters.TxDatums;
import io.mithril.spi.chain.ChainObserverException;

class ConfiguredEraReaderTest {
    private static final CardanoChainAdapter.ObserverSource NONE = () -> {
        throw new ChainObserverException("no observer");
    };

    @Test
    void defaultIsBootstrap() throws Exception {
        assertEquals(EraMarker.at("pythagoras", 0),
                ConfiguredEraReader.from(Map.of(), NONE).readEraEpochToken(42).currentEra());
    }

    @Test
    void testEnvironmentAlwaysRunsPythagorasFromEpochZero() throws Exception {
        var reader = ConfiguredEraReader.from(Map.of("environment", "Test", "era_reader_adapter_type",
                "bootstrap-latest"), NONE);
        assertEquals(EraMarker.at("pythagoras", 0), reader.readEraEpochToken(7).currentEra());
    }

    @Test
    void cardanoChainReadsThroughTheObserver() throws Exception {
        String vk = TestKeys.referenceVerificationKey().toJsonHex();
        List<EraMarker> markers = List.of(EraMarker.at("pythagoras", 1), EraMarker.at("lagrange", 30));
        FakeChainObserver observer = new FakeChainObserver(List.of(
                TxDatums.ofBytes(EraMarkersPayload.sign(markers, TestKeys.deterministicSigner()).toJsonHex())));
        var reader = ConfiguredEraReader.from(Map.of("era_reader_adapter_type", "cardano-chain",
                "era_reader_adapter_params", "{\"address\":\"addr_test1\",\"verification_key\":\"" + vk + "\"}"),
                () -> observer);
        var token = reader.readEraEpochToken(29);
        assertEquals(EraMarker.at("pythagoras", 1), token.currentEra());
        assertEquals(Optional.of(EraMarker.at("lagrange", 30)), token.nextEra());
        assertEquals("addr_test1", observer.lastAddress);
    }

    @Test
    void misconfigurationIsReportedOnRead() {
        var reader = ConfiguredEraReader.from(Map.of("era_reader_adapter_type", "file"), NONE);
        assertTrue(reader.isMisconfigured());
        EraReaderException e = assertThrows(EraReaderException.class, () -> reader.readEraEpochToken(1));
        assertEquals(EraReaderException.Kind.ADAPTER_FAILURE, e.kind());
        assertTrue(e.getMessage().contains("markers_file"), e.getMessage());
    }

    @Test
    void missingObserverIsAnAdapterFailure() {
        var reader = ConfiguredEraReader.from(Map.of("era_reader_adapter_type", "cardano-chain",
                "era_reader_adapter_params", "{\"address\":\"a\",\"verification_key\":\""
                        + TestKeys.referenceVerificationKey().toJsonHex() + "\"}"), NONE);
        EraReaderException e = assertThrows(EraReaderException.class, () -> reader.readEraEpochToken(1));
        assertEquals(EraReaderException.Kind.ADAPTER_FAILURE, e.kind());
        assertTrue(e.getMessage().contains("no observer"), e.getMessage());
    }
}
