/**
 * Uploader SPI: where artifact files go (local directory, cloud bucket). One implementation is selected by <code>SNAPSHOT_UPLOADER_TYPE</code> through the service property <code>uploader.type</code>.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.spi.uploader;
