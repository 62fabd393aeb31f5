/**
 * Mithril's Merkle structures: {@link io.mithril.crypto.merkle.MKTree} (a Merkle Mountain Range over Blake2s-256,
 * ckb-merkle-mountain-range 0.6 semantics), {@link io.mithril.crypto.merkle.MKMap} (a merkelized map keyed by block
 * range) and their proofs with both wire encodings (v1 JSON-hex, v2 bincode bytes-hex).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.merkle;
