package io.mithril.domain.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.domain.Certificate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every certificate of the devnet chain walks down to its genesis under every chain rule. */
class DevnetChainVerificationTest {

    @Test
    void everyDevnetCertificateWalksToTheGenesis() throws Exception {
        Map<String, Certificate> certificates = ChainFixtures.certificates();
        CertificateChainVerifier verifier = ChainFixtures.verifier(certificates, ChainFixtures.CHAIN_RULES_ONLY);
        long links = 0;
        long longest = 0;
        for (Certificate certificate : certificates.values()) {
            VerifiedChain chain = verifier.verifyChain(certificate);
            assertEquals(ChainFixtures.GENESIS, chain.genesis().hash());
            links += chain.length() - 1;
            longest = Math.max(longest, chain.length());
        }
        assertEquals(43, certificates.size());
        // certificates.md §0: 289 link verifications; the longest walk visits 12 certificates (11 links)
        assertEquals(289, links);
        assertEquals(12, longest);
    }

    @Test
    void theDevnetGenesisSignatureVerifiesWithTheFakeGenesisKey() throws Exception {
        Certificate genesis = ChainFixtures.certificates().get(ChainFixtures.GENESIS);
        assertTrue(genesis.isGenesis());
        ChainFixtures.verifier(Map.of(), ChainFixtures.CHAIN_RULES_ONLY).verifyGenesisCertificate(genesis);
    }
}
