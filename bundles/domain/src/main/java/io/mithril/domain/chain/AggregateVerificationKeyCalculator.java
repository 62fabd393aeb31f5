package io.mithril.domain.chain;

import io.mithril.domain.SignerWithStake;
import java.util.List;

/**
 * Computes the STM aggregate verification key of a set of signers, as the JSON-hex the reference writes in
 * {@code next_aggregate_verification_key}; implemented over {@code io.mithril.crypto.stm}.
 */
@FunctionalInterface
public interface AggregateVerificationKeyCalculator {

    /**
     * @throws IllegalArgumentException when a verification key cannot be decoded
     */
    String computeJsonHex(List<SignerWithStake> signers);
}
