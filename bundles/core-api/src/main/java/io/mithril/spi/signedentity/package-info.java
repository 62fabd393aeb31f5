/**
 * Signed-entity type SPI: a plugin contributes one kind of certified data (beacon, protocol-message parts, artifact, REST routes). Plugins are enabled by <code>SIGNED_ENTITY_TYPES</code>.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.signedentity;
