package io.mithril.core.internal.certifier;

import io.mithril.core.internal.store.StoredCertificateRetriever;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.GenesisSignatureVerifier;
import io.mithril.domain.chain.StmMultiSignatureVerifier;
import io.mithril.store.CertificateRepository;

/** The domain chain verifier over the certificate store, bound to the configured genesis verification key. */
public final class ChainVerifiers {
    private ChainVerifiers() {
    }

    /**
     * @param genesisVerificationKey JSON-hex of the genesis key; when blank every genesis check fails (standard
     *        certificates and their links can still be verified)
     */
    public static CertificateChainVerifier overStore(CertificateRepository certificates,
            String genesisVerificationKey) {
        return overStore(certificates, genesisVerificationKey, PluginSignedEntityTypes.NONE);
    }

    /** As {@link #overStore(CertificateRepository, String)}, reading certificates of {@code plugins}' types too. */
    public static CertificateChainVerifier overStore(CertificateRepository certificates,
            String genesisVerificationKey, PluginSignedEntityTypes plugins) {
        return new CertificateChainVerifier(new StoredCertificateRetriever(certificates, plugins),
                new StmMultiSignatureVerifier(), genesisVerifier(genesisVerificationKey));
    }

    /** The Ed25519 genesis check with the configured key; every genesis fails without a key. */
    public static GenesisSignatureVerifier genesisVerifier(String genesisVerificationKey) {
        return genesisVerificationKey == null || genesisVerificationKey.isBlank()
                ? (message, signature) -> false
                : GenesisSignatureVerifier.ed25519(genesisVerificationKey);
    }
}
