package io.mithril.domain.chain;

import io.mithril.domain.Certificate;

/**
 * The outcome of a successful chain walk.
 *
 * @param length  number of certificates verified, the start and the genesis included
 * @param genesis the genesis certificate the chain ends at
 */
public record VerifiedChain(long length, Certificate genesis) {
}
