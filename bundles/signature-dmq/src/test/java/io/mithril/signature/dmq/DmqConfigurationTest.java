package io.mithril.signature.dmq;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** dmq_node_socket_path / dmq_network_magic as aggregator.md §6.2 describes them. */
class DmqConfigurationTest {
    @Test
    void dmqIsDisabledWithoutASocketPath() {
        assertTrue(DmqConsumerSettings.fromConfiguration(Map.of("network", "mainnet")).isEmpty());
        assertTrue(DmqConsumerSettings.fromConfiguration(Map.of("network", "mainnet", "dmq_node_socket_path", " "))
                .isEmpty());
    }

    @Test
    void namedNetworksHaveTheirDmqMagic() {
        assertEquals(2912307721L, magic(Map.of("network", "mainnet")));
        assertEquals(2147483649L, magic(Map.of("network", "preprod")));
        assertEquals(2147483650L, magic(Map.of("network", "preview")));
        assertEquals(2147483690L, magic(Map.of("network", "devnet")));
    }

    @Test
    void anExplicitMagicWinsAndPrivateNetworksDeriveItFromTheirCardanoMagic() {
        assertEquals(3000000000L, magic(Map.of("network", "mainnet", "dmq_network_magic", 3000000000L)));
        assertEquals(2147483690L, magic(Map.of("network", "private", "dmq_network_magic", "2147483690")));
        assertEquals(0x80000000L | 42, magic(Map.of("network", "private", "network_magic", 42L)));
        assertThrows(IllegalArgumentException.class, () -> magic(Map.of("network", "private")));
        assertThrows(IllegalArgumentException.class, () -> magic(Map.of("network", "devnet",
                "dmq_network_magic", "x")));
    }

    @Test
    void settingsCarryThePathMagicAndKesEvolutions() {
        DmqConsumerSettings settings = DmqConsumerSettings.fromConfiguration(Map.of("network", "preview",
                "dmq_node_socket_path", "/dmq/ipc/node.socket", "dmq_max_kes_evolutions", 60L)).orElseThrow();
        assertEquals(Path.of("/dmq/ipc/node.socket"), settings.socketPath());
        assertEquals(2147483650L, settings.networkMagic());
        assertEquals(60, settings.rules().maxKesEvolutions());
        assertEquals(62, DmqConsumerSettings.fromConfiguration(Map.of("network", "preview",
                "dmq_node_socket_path", "/s")).orElseThrow().rules().maxKesEvolutions());
    }

    private static long magic(Map<String, Object> properties) {
        return DmqConfiguration.networkMagic(properties);
    }
}
