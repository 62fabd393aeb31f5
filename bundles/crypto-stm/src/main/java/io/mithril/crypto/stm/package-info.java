/**
 * Mithril stake-based threshold multi-signatures (STM) with the Concatenation proof system: parameters and the
 * exact lottery, key registration and the aggregate verification key, single signatures, the clerk's aggregation and
 * full aggregate verification. Stakes and indexes are unsigned 64-bit values held in {@code long}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.stm;
