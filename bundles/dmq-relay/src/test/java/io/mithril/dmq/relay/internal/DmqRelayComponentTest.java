package io.mithril.dmq.relay.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.dmq.relay.DmqRelaySettings;
import io.mithril.dmq.relay.RelayValidation;
import io.mithril.ouroboros.dmq.BlockingReplyForm;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DmqRelayComponentTest {
    @Test
    void theRelayRunsOnlyWithItsSocketPath() {
        assertTrue(DmqRelayComponent.settings(Map.of("network", "devnet")).isEmpty());
        DmqRelaySettings defaults = DmqRelayComponent.settings(Map.of("network", "devnet",
                "dmq_relay_socket_path", "/tmp/dmq.sock")).orElseThrow();
        assertEquals(Path.of("/tmp/dmq.sock"), defaults.socketPath());
        assertEquals(2147483690L, defaults.networkMagic());
        assertEquals(RelayValidation.FULL, defaults.validation());
        assertEquals(BlockingReplyForm.DMQ_NODE, defaults.replyForm());
        assertEquals(Optional.of(Path.of("/tmp/dmq.sock.mempool")), defaults.mempoolFile());
    }

    @Test
    void theMempoolFileCanBeMovedOrTurnedOff() {
        assertEquals(Optional.of(Path.of("/var/dmq/pool")), DmqRelayComponent.settings(Map.of("network", "devnet",
                "dmq_relay_socket_path", "/s", "dmq_relay_mempool_file", "/var/dmq/pool")).orElseThrow()
                .mempoolFile());
        assertEquals(Optional.empty(), DmqRelayComponent.settings(Map.of("network", "devnet",
                "dmq_relay_socket_path", "/s", "dmq_relay_mempool_file", "none")).orElseThrow().mempoolFile());
    }

    @Test
    void validationAndReplyFormAreConfigurable() {
        DmqRelaySettings settings = DmqRelayComponent.settings(Map.of("network", "private", "network_magic", 42L,
                "dmq_relay_socket_path", "/s", "dmq_relay_validation", "structural", "dmq_relay_reply_form",
                "pallas")).orElseThrow();
        assertEquals(0x8000002aL, settings.networkMagic());
        assertEquals(RelayValidation.STRUCTURAL, settings.validation());
        assertEquals(BlockingReplyForm.PALLAS_1_1_1, settings.replyForm());
        assertThrows(IllegalArgumentException.class, () -> DmqRelayComponent.settings(Map.of("network", "devnet",
                "dmq_relay_socket_path", "/s", "dmq_relay_validation", "none")));
    }
}
