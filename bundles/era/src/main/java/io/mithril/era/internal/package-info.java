/** OSGi wiring of the era reader and the <code>era</code> command (not exported). */
package io.mithril.era.internal;
