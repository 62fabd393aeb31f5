package io.mithril.core.internal.store;

import io.mithril.domain.Certificate;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.domain.chain.CertificateRetriever;
import io.mithril.store.CertificateRepository;

/** Feeds the domain chain verifier from the certificate store. */
public final class StoredCertificateRetriever implements CertificateRetriever {
    private final CertificateRepository certificates;
    private final PluginSignedEntityTypes plugins;

    public StoredCertificateRetriever(CertificateRepository certificates) {
        this(certificates, PluginSignedEntityTypes.NONE);
    }

    /** @param plugins the third-party types whose certificates can be read */
    public StoredCertificateRetriever(CertificateRepository certificates, PluginSignedEntityTypes plugins) {
        this.certificates = certificates;
        this.plugins = plugins;
    }

    @Override
    public Certificate retrieve(String hash) throws CertificateRetrievalException {
        try {
            return CertificateRecords.toDomain(certificates.byHash(hash)
                    .orElseThrow(() -> new CertificateRetrievalException("no stored certificate '" + hash + "'")),
                    plugins);
        } catch (RuntimeException e) {
            throw new CertificateRetrievalException("cannot read certificate '" + hash + "': " + e.getMessage(), e);
        }
    }
}
