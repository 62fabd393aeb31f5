/** Configuration, persistence and OSGi wiring of the devnet chain observer (not exported). */
package io.mithril.chain.devnet.internal;
