/**
 * Era reader adapters (<code>bootstrap</code>, <code>bootstrap-latest</code>, <code>dummy</code>, <code>file</code>,
 * <code>cardano-chain</code>), the signed era-markers payload and its on-chain datum encoding.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.era.adapters;
