/**
 * Certificate-chain verification (certificates.md §7), genesis certificate creation (§6) and artifact-to-certificate
 * verification (§8), with the reference cryptography behind small interfaces.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.domain.chain;
