package io.mithril.domain.chain;

import io.mithril.domain.Certificate;

/** Gets a certificate by its hash: implemented over a map, a directory, a store or HTTP by callers. */
@FunctionalInterface
public interface CertificateRetriever {

    /**
     * @throws CertificateRetrievalException when there is no such certificate or it cannot be read
     */
    Certificate retrieve(String hash) throws CertificateRetrievalException;
}
