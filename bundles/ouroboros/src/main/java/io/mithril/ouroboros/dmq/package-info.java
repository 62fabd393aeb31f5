/**
 * The DMQ (CIP-0137) node-to-client mini-protocols as dmq-node and pallas speak them (dmq.md §2, §3): the DmqMsg
 * structure kept with its exact received bytes, LocalMsgSubmission (14) and LocalMsgNotification (15) codecs, their
 * clients and their server-side responders. Structural only: no cryptography here.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.ouroboros.dmq;
