package io.mithril.core.internal.runtime;

import java.util.Optional;

import io.mithril.core.internal.epoch.EpochDataException;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateVerificationException;
import io.mithril.store.CertificateRecord;
import io.mithril.store.CertificateRepository;

/**
 * The end of every Idle tick (aggregator.md §2.1): no genesis, a genesis of this epoch, or an epoch gap between the
 * latest certificate and the current epoch block the runtime; otherwise the epoch data is precomputed and the whole
 * chain is verified from the latest certificate back to the genesis, a failure being an error. The gap is checked
 * before the precomputation so that an aggregator restarted after a long stop reports the gap rather than the
 * missing signers of the skipped epochs.
 */
public final class ChainStatusChecker {
    /** Where the chain stands at the current epoch. */
    public enum Status {
        NO_GENESIS, GENESIS_EPOCH, EPOCH_GAP, VALID
    }

    private final CertificateRepository certificates;
    private final CertificateChainVerifier verifier;
    private final EpochService epochs;
    private final PluginSignedEntityTypes pluginTypes;

    /** @param pluginTypes the third-party types whose certificates may be the latest */
    public ChainStatusChecker(CertificateRepository certificates, CertificateChainVerifier verifier,
            EpochService epochs, PluginSignedEntityTypes pluginTypes) {
        this.pluginTypes = pluginTypes;
        this.certificates = certificates;
        this.verifier = verifier;
        this.epochs = epochs;
    }

    /**
     * @throws EpochDataException when the epoch data cannot be precomputed
     * @throws CertificateVerificationException when the chain does not verify
     */
    public Status check(long epoch) throws EpochDataException, CertificateVerificationException {
        Optional<CertificateRecord> genesis = certificates.latestGenesis();
        if (genesis.isEmpty()) {
            return Status.NO_GENESIS;
        }
        if (genesis.get().epoch() >= epoch) {
            return Status.GENESIS_EPOCH;
        }
        CertificateRecord latest = certificates.latest(1).get(0);
        if (Math.abs(epoch - latest.epoch()) > 1) {
            return Status.EPOCH_GAP;
        }
        epochs.precompute();
        verifier.verifyChain(CertificateRecords.toDomain(latest, pluginTypes));
        return Status.VALID;
    }
}
