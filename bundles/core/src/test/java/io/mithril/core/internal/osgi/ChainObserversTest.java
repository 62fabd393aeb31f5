package io.mithril.core.internal.osgi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mithril.core.internal.fixtures.ScriptedChain;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.spi.chain.ChainObserverException;

/** The chain observer is the installed one named by {@code chain_observer_type}, followed as observers come and go. */
class ChainObserversTest {

    @Test
    void delegatesToTheConfiguredObserverWhileItIsInstalled() throws Exception {
        ChainObservers observers = new ChainObservers();
        observers.configure(Map.of("chain_observer_type", "devnet"));
        assertThrows(ChainObserverException.class, observers::currentEpoch, "none installed yet");
        ScriptedChain cli = new ScriptedChain(7, Map.of());
        ScriptedChain devnet = new ScriptedChain(42, Map.of());
        observers.addObserver(cli, Map.of(ChainObserver.TYPE_PROPERTY, "cardano-cli"));
        assertThrows(ChainObserverException.class, observers::currentEpoch, "another type is not used");
        observers.addObserver(devnet, Map.of(ChainObserver.TYPE_PROPERTY, "devnet"));
        assertEquals(42, observers.currentEpoch().orElseThrow());
        observers.configure(Map.of("chain_observer_type", "cardano-cli"));
        assertEquals(7, observers.currentEpoch().orElseThrow());
        observers.removeObserver(cli);
        assertTrue(observers.selected().isEmpty());
    }
}
