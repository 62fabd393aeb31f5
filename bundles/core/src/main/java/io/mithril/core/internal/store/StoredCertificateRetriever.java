package io.mithril.core.internal.store;

import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.domain.chain.CertificateRetriever;
import io.mithril.store.CertificateRepository;

/** Feeds the domain chain verifier from the certificate store. */
public final class StoredCertificateRetriever implements CertificateRetriever {
    private final CertificateRepository certificates;

    public StoredCertificateRetriever(CertificateRepository certificates) {
        this.certificates = certificates;
    }

    @Override
    public Certificate retrieve(String hash) throws CertificateRetrievalException {
        try {
            return CertificateRecords.toDomain(certificates.byHash(hash)
                    .orElseThrow(() -> new CertificateRetrievalException("no stored certificate '" + hash + "'")));
        } catch (RuntimeException e) {
            throw new CertificateRetrievalException("cannot read certificate '" + hash + "': " + e.getMessage(), e);
        }
    }
}
