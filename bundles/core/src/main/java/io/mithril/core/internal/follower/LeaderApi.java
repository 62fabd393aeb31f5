package io.mithril.core.internal.follower;

import java.util.Optional;

import io.mithril.domain.Certificate;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.domain.message.ProtocolConfigurationMessage;

/**
 * What a follower reads from its leader aggregator (aggregator.md §3.1). Every call fails with
 * {@link LeaderUnavailableException} when the leader cannot be reached or answers with an error.
 */
public interface LeaderApi {

    /** {@code GET /epoch-settings}. */
    EpochSettingsMessage epochSettings() throws LeaderUnavailableException;

    /** {@code GET /protocol-configuration/{epoch}}: must exist (200). */
    ProtocolConfigurationMessage protocolConfiguration(long epoch) throws LeaderUnavailableException;

    /** {@code GET /certificate/genesis}; empty when the leader has none yet. */
    Optional<Certificate> genesisCertificate() throws LeaderUnavailableException;

    /** The hash of the first item of {@code GET /certificates}; empty when the leader has none. */
    Optional<String> latestCertificateHash() throws LeaderUnavailableException;

    /** {@code GET /certificate/{hash}}. */
    Certificate certificate(String hash) throws LeaderUnavailableException;
}
