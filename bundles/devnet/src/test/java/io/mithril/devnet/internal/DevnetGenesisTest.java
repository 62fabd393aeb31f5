package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;

import org.junit.jupiter.api.Test;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.GenesisException;

class DevnetGenesisTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ActivityLog log = new ActivityLog(new PrintStream(out, true, StandardCharsets.UTF_8),
            Clock.systemUTC(), 3);
    private final Store store = new Store();
    private final DevnetGenesis genesis = new DevnetGenesis(() -> store, "key", log);

    @Test
    void bootstrapsWhenTheStoreHasNoGenesisAndRetriesUntilItCan() {
        store.failures = 1;
        assertFalse(genesis.ensure(2, OptionalLong.empty()));
        assertTrue(genesis.ensure(2, OptionalLong.empty()));
        assertEquals(List.of("key"), store.bootstraps, "the failed attempt stored nothing");
        assertTrue(genesis.ensure(3, OptionalLong.of(2)));
        assertEquals(1, store.bootstraps.size(), "no new genesis while the chain has no gap");
    }

    @Test
    void keepsAnExistingGenesisWhenTheChainContinues() {
        store.bootstraps.add("earlier");
        assertTrue(genesis.ensure(11, OptionalLong.of(10)));
        assertEquals(1, store.bootstraps.size());
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("the chain continues"));
    }

    @Test
    void makesANewGenesisAfterAnEpochGap() {
        store.bootstraps.add("earlier");
        assertTrue(genesis.ensure(13, OptionalLong.of(10)));
        assertEquals(List.of("earlier", "key"), store.bootstraps);
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("the latest certificate is of epoch 10, the chain is at 13"), printed);
        assertTrue(printed.contains("after the epoch gap"), printed);
    }

    /** Counts bootstraps; the first {@code failures} fail like a runtime without signers for the epoch. */
    private static final class Store implements GenesisBootstrap {
        final List<String> bootstraps = new ArrayList<>();
        int failures;

        @Override
        public boolean hasGenesis() {
            return !bootstraps.isEmpty();
        }

        @Override
        public byte[] exportPayload() {
            throw new UnsupportedOperationException();
        }

        @Override
        public String importSignature(byte[] signature, String genesisVerificationKey) {
            throw new UnsupportedOperationException();
        }

        @Override
        public String bootstrap(String genesisSecretKey) throws GenesisException {
            if (failures-- > 0) {
                throw new GenesisException("no signer registered for epoch 2");
            }
            bootstraps.add(genesisSecretKey);
            return "hash" + bootstraps.size();
        }
    }
}
