package io.mithril.spi.signedentity;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import io.mithril.spi.chain.StakeDistribution;

/**
 * A read-only view of the aggregator's epoch service for one epoch, given to plugins when they compute beacons,
 * protocol-message parts and artifacts (aggregator.md §2.2–§2.3 for the epoch offsets).
 */
@ProviderType
public interface EpochContext {
    /** The current epoch. */
    long epoch();

    /** Protocol parameters used to aggregate signatures in this epoch. */
    ProtocolParameters currentProtocolParameters();

    /** Protocol parameters of the next epoch (hashed into <code>next_protocol_parameters</code>). */
    ProtocolParameters nextProtocolParameters();

    /** The signers that sign in this epoch, with their stakes. */
    List<RegisteredSigner> currentSigners();

    /** The signers that will sign in the next epoch, with their stakes. */
    List<RegisteredSigner> nextSigners();

    /** The stake distribution recorded for an epoch, if the aggregator has it. */
    Optional<StakeDistribution> stakeDistribution(long epoch);

    /**
     * The signing configuration of a signed entity type for this epoch (e.g. CardanoTransactions'
     * <code>{"security_parameter":3000,"step":120}</code>), as JSON, if the type has one.
     */
    Optional<String> signingConfigJson(String discriminant);
}
