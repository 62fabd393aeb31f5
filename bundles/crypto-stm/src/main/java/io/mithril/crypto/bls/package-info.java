/**
 * BLS12-381 "min-sig" multi-signatures as used by Mithril: signatures in G1 (48 bytes), verification keys in G2
 * (96 bytes), the EMPTY domain separation tag everywhere, proofs of possession and weighted aggregate verification.
 * Plain Java over blst-java; no OSGi API.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.bls;
