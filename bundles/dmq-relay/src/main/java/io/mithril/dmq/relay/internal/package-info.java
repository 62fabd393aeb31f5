/** OSGi wiring of the DMQ relay (not exported). */
package io.mithril.dmq.relay.internal;
