/**
 * Cardano identities: Blake2 helpers, bech32, pool ids, operational certificates and the KES + opcert check that
 * binds a Mithril signer (or a DMQ message) to its stake pool.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.crypto.cardano;
