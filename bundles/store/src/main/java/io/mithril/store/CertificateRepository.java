package io.mithril.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Certificates (never pruned). "Latest" means most recently inserted, as in the reference (ROWID order). */
@ProviderType
public interface CertificateRepository {
    /** Stores a certificate; its parent, if any, must already be stored. */
    void insert(CertificateRecord certificate);

    /**
     * Stores a certificate, replacing one with the same hash (SQLite {@code INSERT OR REPLACE}, as the reference's
     * follower chain synchronisation): a replaced row becomes the most recently inserted one.
     */
    void insertOrReplace(CertificateRecord certificate);

    Optional<CertificateRecord> byHash(String certificateHash);

    /** The most recently inserted certificates, newest first (the REST list uses 20). */
    List<CertificateRecord> latest(int limit);

    /** The most recently inserted genesis certificate. */
    Optional<CertificateRecord> latestGenesis();

    /**
     * The parent a new certificate of {@code epoch} must chain to (aggregator.md §2.5): among the certificates of
     * epochs {@code epoch − 1} and {@code epoch} that are genesis or whose parent has another epoch, the most recently
     * inserted.
     */
    Optional<CertificateRecord> masterCertificateOf(long epoch);

    /** The parent of a stored certificate; empty for a genesis or an unknown hash. */
    Optional<CertificateRecord> parentOf(String certificateHash);

    long count();
}
