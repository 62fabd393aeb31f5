package io.mithril.domain.chain;

import io.mithril.domain.Certificate;
import java.util.HashMap;
import java.util.Map;

/** A retriever over certificates held in memory, keyed by their {@code hash} field. */
public final class InMemoryCertificateRetriever implements CertificateRetriever {
    private final Map<String, Certificate> byHash;

    public InMemoryCertificateRetriever(Iterable<Certificate> certificates) {
        byHash = new HashMap<>();
        certificates.forEach(c -> byHash.put(c.hash(), c));
    }

    public InMemoryCertificateRetriever(Map<String, Certificate> byHash) {
        this.byHash = Map.copyOf(byHash);
    }

    @Override
    public Certificate retrieve(String hash) throws CertificateRetrievalException {
        Certificate certificate = byHash.get(hash);
        if (certificate == null) {
            throw new CertificateRetrievalException("no certificate with hash '" + hash + "'");
        }
        return certificate;
    }
}
