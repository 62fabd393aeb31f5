package io.mithril.era.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.era.EraMarker;

class EraReaderAdaptersTest {
    /** builder.rs golden_test_for_cardano_chain parameters. */
    private static final String GOLDEN_CARDANO_CHAIN_PARAMS = "{\n"
            + "        \"address\":\"addr_test1qrv5xfwh043mlc3vk5d97s4nmhxu7cmleyssvhx37gkfyejfe8d38v3vsfgetjafgrsdc49kr"
            + "ug8wf04h5rmtengtejqlxrksk\",\n"
            + "        \"verification_key\":\"5b35352c3232382c3134342c38372c3133382c3133362c34382c382c31342c3138372c3"
            + "8352c3134382c39372c3233322c3235352c3232392c33382c3234342c3234372c3230342c3139382c31332c33312c3232322c3235"
            + "2c3136342c35322c3130322c39312c3132302c3230382c3134375d\"\n    }";

    private static final CardanoChainAdapter.ObserverSource NO_OBSERVER = () -> {
        throw new AssertionError("not used");
    };

    @Test
    void bootstrapAdaptersAdvertiseFirstAndLastEraAtEpochZero() throws Exception {
        assertEquals(List.of(EraMarker.at("pythagoras", 0)),
                EraReaderAdapters.build("bootstrap", null, NO_OBSERVER).read());
        assertEquals(List.of(EraMarker.at("lagrange", 0)),
                EraReaderAdapters.build("bootstrap-latest", null, NO_OBSERVER).read());
        assertEquals(List.of(EraMarker.at("pythagoras", 0)), EraReaderAdapters.build(null, null, NO_OBSERVER).read());
    }

    @Test
    void dummyAdapterReadsItsMarkersFromTheParameters() throws Exception {
        String params = "{\"markers\":[{\"name\":\"pythagoras\",\"epoch\":1},{\"name\":\"lagrange\",\"epoch\":null}]}";
        assertEquals(List.of(EraMarker.at("pythagoras", 1), EraMarker.unscheduled("lagrange")),
                EraReaderAdapters.build("dummy", params, NO_OBSERVER).read());
    }

    @Test
    void fileAdapterRereadsTheFile(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("markers.json");
        Files.writeString(file, "[{\"name\":\"one\",\"epoch\":1},{\"name\":\"pythagoras\",\"epoch\":null}]");
        var adapter = EraReaderAdapters.build("file",
                "{\"markers_file\":" + com.fasterxml.jackson.databind.node.TextNode.valueOf(file.toString()) + "}",
                NO_OBSERVER);
        assertEquals(List.of(EraMarker.at("one", 1), EraMarker.unscheduled("pythagoras")), adapter.read());
        Files.writeString(file, "[{\"name\":\"pythagoras\",\"epoch\":10}]");
        assertEquals(List.of(EraMarker.at("pythagoras", 10)), adapter.read());
        Files.writeString(file, "{oops");
        assertThrows(java.io.IOException.class, adapter::read);
    }

    @Test
    void cardanoChainGoldenParametersBuild() {
        assertInstanceOf(CardanoChainAdapter.class,
                EraReaderAdapters.build("cardano-chain", GOLDEN_CARDANO_CHAIN_PARAMS, NO_OBSERVER));
    }

    @Test
    void badConfigurationIsExplained() {
        IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> EraReaderAdapters.build("dummy", null, NO_OBSERVER));
        assertTrue(missing.getMessage().contains("parameters are missing"), missing.getMessage());
        IllegalArgumentException field = assertThrows(IllegalArgumentException.class,
                () -> EraReaderAdapters.build("cardano-chain", "{\"address\":\"addr\"}", NO_OBSERVER));
        assertTrue(field.getMessage().contains("'verification_key'"), field.getMessage());
        IllegalArgumentException key = assertThrows(IllegalArgumentException.class,
                () -> EraReaderAdapters.build("cardano-chain", "{\"address\":\"a\",\"verification_key\":\"5b315d\"}",
                        NO_OBSERVER));
        assertTrue(key.getMessage().contains("verification_key"), key.getMessage());
        IllegalArgumentException type = assertThrows(IllegalArgumentException.class,
                () -> EraReaderAdapters.build("blockfrost", null, NO_OBSERVER));
        assertTrue(type.getMessage().contains("unknown era reader adapter type 'blockfrost'"), type.getMessage());
        assertThrows(IllegalArgumentException.class, () -> EraReaderAdapters.build("dummy", "{not json", NO_OBSERVER));
    }
}
