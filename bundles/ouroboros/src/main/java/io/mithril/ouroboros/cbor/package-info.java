/**
 * A small CBOR reader that keeps byte offsets (so a decoded item can be sliced out exactly as received) and a writer
 * that produces the minimal encodings the Ouroboros codecs use.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.ouroboros.cbor;
