package io.mithril.devnet.internal;

import java.util.function.Supplier;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.GenesisException;

/**
 * Makes sure the chain has a genesis certificate: when the store has none, it is bootstrapped with the devnet genesis
 * key as soon as the runtime can build it (signers stored for the current epoch, i.e. one epoch after their first
 * registration). Retried every cycle until it succeeds; a restarted devnet keeps its genesis.
 */
final class DevnetGenesis {
    private final Supplier<GenesisBootstrap> bootstrap;
    private final String secretKey;
    private final ActivityLog log;
    private boolean present;

    DevnetGenesis(Supplier<GenesisBootstrap> bootstrap, String secretKey, ActivityLog log) {
        this.bootstrap = bootstrap;
        this.secretKey = secretKey;
        this.log = log;
    }

    /** @return true once a genesis certificate exists */
    boolean ensure() {
        if (present) {
            return true;
        }
        GenesisBootstrap genesis = bootstrap.get();
        if (genesis == null) {
            log.waiting("the aggregator runtime is not available yet");
            return false;
        }
        if (genesis.hasGenesis()) {
            present = true;
            log.line("genesis", "the store has a genesis certificate: the chain continues");
            return true;
        }
        try {
            String hash = genesis.bootstrap(secretKey);
            present = true;
            log.line("genesis", "genesis certificate " + hash + " created with the devnet genesis key; nothing is"
                    + " signed in the genesis epoch, certificates start at the next one");
        } catch (GenesisException e) {
            log.waiting("genesis: " + e.getMessage());
        } catch (RuntimeException e) {
            log.waiting("genesis failed: " + e);
        }
        return present;
    }
}
