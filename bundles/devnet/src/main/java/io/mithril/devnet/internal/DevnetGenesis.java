package io.mithril.devnet.internal;

import java.util.OptionalLong;
import java.util.function.Supplier;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.GenesisException;

/**
 * Makes sure the chain has a genesis certificate it can grow from, with the devnet genesis key:
 * <ul>
 * <li>when the store has none, it is bootstrapped as soon as the runtime can build it (signers stored for the current
 * epoch, i.e. one epoch after their first registration);</li>
 * <li>when the latest certificate is more than one epoch behind the chain (the devnet was stopped for longer than an
 * epoch: the devnet chain keeps time while it is down), the leader runtime is blocked on the epoch gap
 * (aggregator.md §13 item 6) until an operator makes a new genesis; on a devnet this command is that operator. The
 * earlier certificates stay in the store.</li>
 * </ul>
 * Retried every cycle until it succeeds.
 */
final class DevnetGenesis {
    private final Supplier<GenesisBootstrap> bootstrap;
    private final String secretKey;
    private final ActivityLog log;
    private boolean present;
    private long regenesisAnnouncedAt = -1;

    DevnetGenesis(Supplier<GenesisBootstrap> bootstrap, String secretKey, ActivityLog log) {
        this.bootstrap = bootstrap;
        this.secretKey = secretKey;
        this.log = log;
    }

    /**
     * @param chainEpoch the chain's current epoch
     * @param latestCertificateEpoch the epoch of the latest certificate the API lists, empty when unknown
     * @return true when the chain has a genesis it can grow from
     */
    boolean ensure(long chainEpoch, OptionalLong latestCertificateEpoch) {
        GenesisBootstrap genesis = bootstrap.get();
        if (genesis == null) {
            log.waiting("the aggregator runtime is not available yet");
            return false;
        }
        if (!present) {
            if (!genesis.hasGenesis()) {
                return bootstrap(genesis, "created with the devnet genesis key; nothing is signed in the genesis"
                        + " epoch, certificates start at the next one");
            }
            present = true;
            log.line("genesis", "the store has a genesis certificate: the chain continues");
        }
        if (latestCertificateEpoch.isPresent() && chainEpoch - latestCertificateEpoch.getAsLong() > 1) {
            if (regenesisAnnouncedAt != chainEpoch) {
                regenesisAnnouncedAt = chainEpoch;
                log.line("epoch gap", "the latest certificate is of epoch " + latestCertificateEpoch.getAsLong()
                        + ", the chain is at " + chainEpoch + ": the leader cannot certify across the gap; a new"
                        + " genesis restarts the chain (earlier certificates stay in the store)");
            }
            return bootstrap(genesis, "created with the devnet genesis key after the epoch gap; certificates resume"
                    + " at the next epoch");
        }
        return true;
    }

    private boolean bootstrap(GenesisBootstrap genesis, String outcome) {
        try {
            String hash = genesis.bootstrap(secretKey);
            present = true;
            log.line("genesis", "genesis certificate " + hash + " " + outcome);
            return true;
        } catch (GenesisException e) {
            log.waiting("genesis: " + e.getMessage());
        } catch (RuntimeException e) {
            log.waiting("genesis failed: " + e);
        }
        return false;
    }
}
