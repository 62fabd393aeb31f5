package io.mithril.chain.cardanocli;

import org.osgi.annotation.versioning.ConsumerType;

import io.mithril.spi.chain.ChainObserverException;

/** Runs the cardano-cli queries the observer needs and returns their raw (trimmed) output. */
@ConsumerType
public interface CliRunner {
    /** <code>latest query tip</code>. */
    String queryTip() throws ChainObserverException;

    /** <code>latest query stake-snapshot --all-stake-pools</code> (cardano-node 8.0+). */
    String queryStakeSnapshotAllPools() throws ChainObserverException;

    /** <code>latest query stake-distribution</code> (legacy text table). */
    String queryStakeDistribution() throws ChainObserverException;

    /** <code>latest query stake-snapshot --stake-pool-id P</code> (legacy, per pool). */
    String queryStakeSnapshot(String poolId) throws ChainObserverException;

    /** <code>latest query utxo --address A --out-file F</code>: the content of F. */
    String queryUtxo(String address) throws ChainObserverException;
}
