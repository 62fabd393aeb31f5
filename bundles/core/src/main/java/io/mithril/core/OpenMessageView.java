package io.mithril.core;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The messages the aggregator currently collects signatures for: what a simulated signer must sign. Real signers
 * compute the same protocol messages from their own node.
 */
@ProviderType
public interface OpenMessageView {

    /** The open messages of the current epoch that are neither certified nor expired, oldest first. */
    List<PendingMessage> pending();
}
