package io.mithril.store;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The <code>signer</code> table behind <code>/signers/tickers</code>. */
@ProviderType
public interface SignerRepository {
    /** Records that a signer registered now: created if new, <code>last_registered_at</code> set. */
    void markRegistered(String signerId, Instant at);

    /** Sets pool tickers (the Blockfrost importer), creating unknown signers without a registration. */
    void importTickers(Map<String, String> tickerBySignerId, Instant at);

    Optional<SignerRecord> byId(String signerId);

    /** Every signer, ordered by id. */
    List<SignerRecord> all();
}
