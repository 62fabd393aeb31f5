/**
 * A DMQ relay node for tests and the devnet: a Unix-socket server speaking the real DMQ node-to-client protocols,
 * validating submissions and notifying every connected consumer.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.dmq.relay;
