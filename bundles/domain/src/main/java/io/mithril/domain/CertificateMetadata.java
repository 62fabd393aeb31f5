package io.mithril.domain;

import io.mithril.domain.internal.HashFeed;
import java.time.Instant;
import java.util.List;

/**
 * Certificate metadata. {@code signers} keeps the list order, which the hash depends on.
 *
 * @param network         Cardano network name ({@code mainnet}, {@code preprod}, {@code preview}, {@code devnet},
 *                        {@code private})
 * @param protocolVersion the protocol version, constant {@value #PROTOCOL_VERSION} today
 */
public record CertificateMetadata(String network, String protocolVersion, ProtocolParameters parameters,
                                  Instant initiatedAt, Instant sealedAt, List<StakeDistributionParty> signers) {

    public static final String PROTOCOL_VERSION = "0.1.0";

    public CertificateMetadata {
        signers = List.copyOf(signers);
    }

    /**
     * {@code hex(SHA-256(network ‖ version ‖ pp_hash_hex ‖ i64 nanos(initiated_at) ‖ i64 nanos(sealed_at) ‖ for each
     * signer: hex(SHA-256(party_id ‖ u64 stake))))} — certificates.md §2 item 3.
     */
    public String computeHash() {
        HashFeed feed = HashFeed.sha256()
                .utf8(network)
                .utf8(protocolVersion)
                .utf8(parameters.computeHash())
                .u64(timestampNanos(initiatedAt))
                .u64(timestampNanos(sealedAt));
        for (StakeDistributionParty signer : signers) {
            feed.utf8(signer.computeHash());
        }
        return feed.hex();
    }

    /**
     * Nanoseconds since the Unix epoch as chrono's {@code timestamp_nanos_opt()} gives them, with the reference's
     * fallback of 0 when the instant lies outside the i64 range (about 1677..2262).
     */
    public static long timestampNanos(Instant instant) {
        long seconds = instant.getEpochSecond();
        long nanos = instant.getNano();
        if (seconds < 0 && nanos > 0) {
            // keep the intermediate product in range for instants just above the i64 minimum
            seconds += 1;
            nanos -= 1_000_000_000L;
        }
        try {
            return Math.addExact(Math.multiplyExact(seconds, 1_000_000_000L), nanos);
        } catch (ArithmeticException outOfRange) {
            return 0L;
        }
    }
}
