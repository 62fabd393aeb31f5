package io.mithril.chain.cardanocli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.spi.chain.ChainObserverException;

class CardanoCliObserverComponentTest {
    @Test
    void configuredFromTheAggregatorKeys(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        Path cli = dir.resolve("cardano-cli");
        Files.writeString(cli, "#!/bin/sh\necho \"$*|$CARDANO_NODE_SOCKET_PATH\" > '" + dir.resolve("call")
                + "'\necho '{\"epoch\": 5}'\n");
        cli.toFile().setExecutable(true);
        Map<String, Object> config = new HashMap<>(Map.of("cardano_cli_path", cli.toString(),
                "cardano_node_socket_path", "/ipc/node.socket", "network", "private", "network_magic", 764L));
        CardanoCliObserverComponent component = new CardanoCliObserverComponent(() -> config);
        assertEquals(Optional.of(5L), component.currentEpoch());
        assertEquals("latest query tip --testnet-magic 764|/ipc/node.socket", Files.readString(dir.resolve("call"))
                .trim());
    }

    @Test
    void misconfigurationIsReportedOnEveryQuery() {
        AtomicReference<Map<String, Object>> config = new AtomicReference<>(
                Map.of("cardano_node_socket_path", "/ipc/node.socket", "network", "devnet"));
        CardanoCliObserverComponent component = new CardanoCliObserverComponent(config::get);
        ChainObserverException e = assertThrows(ChainObserverException.class, component::currentEpoch);
        assertTrue(e.getMessage().contains("cardano_cli_path is not configured (env CARDANO_CLI_PATH)"),
                e.getMessage());
        config.set(Map.of("cardano_cli_path", "/bin/cardano-cli", "cardano_node_socket_path", "/s",
                "network", "private"));
        e = assertThrows(ChainObserverException.class, component::currentEra);
        assertTrue(e.getMessage().contains("network_magic"), e.getMessage());
    }
}
