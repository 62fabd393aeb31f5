/**
 * The Ouroboros network multiplexer over JDK Unix-domain sockets (segments of at most 65535 bytes, reassembly,
 * mode bit, timestamps) and the node-to-client handshake, for clients and servers. Mini-protocol codecs live in
 * sub-packages (e.g. {@code io.mithril.ouroboros.dmq}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.ouroboros;
