package io.mithril.domain;

/**
 * Signing configuration of CardanoTransactions or CardanoBlocksTransactions: blocks discarded from the tip
 * ({@code security_parameter}) and the signing step in blocks.
 */
public record SigningConfig(long securityParameter, long step) {
}
