/** How simulated signers reach several aggregators: DMQ publishing, and HTTP plus DMQ like real signers. */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.devnet.network;
