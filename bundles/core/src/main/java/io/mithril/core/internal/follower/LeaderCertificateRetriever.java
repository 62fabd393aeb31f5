package io.mithril.core.internal.follower;

import io.mithril.domain.Certificate;
import io.mithril.domain.chain.CertificateRetrievalException;
import io.mithril.domain.chain.CertificateRetriever;

/** Feeds the chain verifier with the leader's certificates while the follower walks the leader's chain. */
final class LeaderCertificateRetriever implements CertificateRetriever {
    private final LeaderApi leader;

    LeaderCertificateRetriever(LeaderApi leader) {
        this.leader = leader;
    }

    @Override
    public Certificate retrieve(String hash) throws CertificateRetrievalException {
        try {
            return leader.certificate(hash);
        } catch (LeaderUnavailableException e) {
            throw new CertificateRetrievalException(e.getMessage(), e);
        }
    }
}
