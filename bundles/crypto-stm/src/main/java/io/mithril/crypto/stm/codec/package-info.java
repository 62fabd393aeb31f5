/**
 * Wire encodings of the STM values, byte-identical to the Rust reference: JSON ({@link io.mithril.crypto.stm.codec.StmJson}),
 * JSON-hex with the {@code ProtocolKey} decoding rules ({@link io.mithril.crypto.stm.codec.StmJsonHex}), and the
 * {@code to_bytes()} forms, CBOR v1 and legacy ({@link io.mithril.crypto.stm.codec.StmBytes}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.stm.codec;
