/**
 * The Mithril domain model: certificates, protocol messages, signed entity types, protocol parameters, signers and
 * the artifact of each signed entity type, with the reference's hash computations.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.domain;
