/**
 * A chain observer that queries a Cardano node through <code>cardano-cli</code>, with the reference's JSON contract
 * (aggregator.md §8): <code>latest query tip</code>, <code>query stake-snapshot --all-stake-pools</code> (with the
 * legacy fallback), <code>query utxo --address A --out-file F</code>.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.chain.cardanocli;
