/** Internals of the DMQ signature source: de-duplication, back-off, OSGi wiring (not exported). */
package io.mithril.signature.dmq.internal;
