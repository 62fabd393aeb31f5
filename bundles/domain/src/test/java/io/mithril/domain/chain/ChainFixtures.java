package io.mithril.domain.chain;

import io.mithril.domain.Certificate;
import io.mithril.domain.Fixtures;
import java.util.HashMap;
import java.util.Map;

/** The devnet chain and the certificates named in certificates.md §7.3. */
final class ChainFixtures {
    static final String GENESIS = "57c16dc2c25471a1c55d66d944eaa334a32e05f8e267860b43f4ed8d5c3a65ea";
    static final String EPOCH_MASTER = "0efeba082dcb80edddaadc37fe3e401e13fe07a7a41bf81650fa7940fe3c3aef";
    static final String SAME_EPOCH_CHILD = "05b960c3d620c762184069d1079b9e26cca41608abc44e26b134eecec17354c2";

    /**
     * Stands in for the STM check where certificates.md §0 evaluates the chain rules on their own (the STM check is
     * verified separately there); real-crypto runs use the crypto-stm adapter instead.
     */
    static final MultiSignatureVerifier CHAIN_RULES_ONLY = (message, signature, avk, parameters) -> {
    };

    private ChainFixtures() {
    }

    static Map<String, Certificate> certificates() {
        return new HashMap<>(Fixtures.devnetCertificates());
    }

    static GenesisSignatureVerifier devnetGenesisVerifier() {
        return GenesisSignatureVerifier.ed25519(Fixtures.devnetGenesisVerificationKey());
    }

    static CertificateChainVerifier verifier(Map<String, Certificate> certificates, MultiSignatureVerifier stm) {
        return new CertificateChainVerifier(new InMemoryCertificateRetriever(certificates), stm,
                devnetGenesisVerifier());
    }
}
