/** OSGi wiring of the cardano-cli chain observer (not exported). */
package io.mithril.chain.cardanocli.internal;
