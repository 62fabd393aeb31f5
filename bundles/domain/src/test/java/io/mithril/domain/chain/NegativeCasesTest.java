package io.mithril.domain.chain;

import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_AVK_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_INFINITE_LOOP;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_MISSING_EPOCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_PREVIOUS_HASH_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_CHAIN_PROTOCOL_PARAMETERS_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_EPOCH_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_GENESIS;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_HASH_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_PROTOCOL_MESSAGE_UNMATCH;
import static io.mithril.domain.chain.CertificateVerificationError.CERTIFICATE_RETRIEVAL;
import static io.mithril.domain.chain.CertificateVerificationError.INVALID_GENESIS_CERTIFICATE_PROVIDED;
import static io.mithril.domain.chain.CertificateVerificationError.INVALID_STANDARD_CERTIFICATE_PROVIDED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateMetadata;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.Fixtures;
import io.mithril.domain.JsonHex;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.message.CertificateMessage;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The negative cases of certificates.md §7.3 on the devnet chain (genesis 57c16dc2, epoch master 0efeba08, same-epoch
 * child 05b960c3), each rejected with the reference's error kind. "Resealed" = hash recomputed after the mutation.
 * The chain rules are evaluated on their own, as in the specification's harness (the STM check is covered by the
 * real-crypto test).
 */
class NegativeCasesTest {
    private final Map<String, Certificate> chain = ChainFixtures.certificates();
    private final Certificate genesis = chain.get(ChainFixtures.GENESIS);
    private final Certificate master = chain.get(ChainFixtures.EPOCH_MASTER);
    private final Certificate child = chain.get(ChainFixtures.SAME_EPOCH_CHILD);

    @Test
    void unmodifiedChainsAreAccepted() throws Exception {
        assertEquals(ChainFixtures.GENESIS, verifyChain(master).genesis().hash());
        assertEquals(ChainFixtures.GENESIS, verifyChain(child).genesis().hash());
    }

    @Test
    void sealedAtPlusOneNanosecondNotResealed() {
        CertificateMetadata m = master.metadata();
        Certificate mutated = master.withMetadata(new CertificateMetadata(m.network(), m.protocolVersion(),
                m.parameters(), m.initiatedAt(), m.sealedAt().plusNanos(1), m.signers()));
        assertRejected(CERTIFICATE_HASH_UNMATCH, mutated);
    }

    @Test
    void signedEntityTypeEpochChangedNotResealed() {
        CertificateSignature.MultiSignature signature = (CertificateSignature.MultiSignature) master.signature();
        Certificate mutated = master.withSignature(new CertificateSignature.MultiSignature(
                new SignedEntityType.MithrilStakeDistribution(master.epoch().plus(1)), signature.multiSignature()));
        assertRejected(CERTIFICATE_HASH_UNMATCH, mutated);
    }

    @Test
    void multiSignatureAlteredNotResealed() {
        CertificateSignature.MultiSignature signature = (CertificateSignature.MultiSignature) master.signature();
        String altered = signature.multiSignature().substring(0, 40) + "30"
                + signature.multiSignature().substring(42);
        Certificate mutated = master.withSignature(
                new CertificateSignature.MultiSignature(signature.signedEntityType(), altered));
        assertRejected(CERTIFICATE_HASH_UNMATCH, mutated);
    }

    @Test
    void signedMessageAlteredResealed() {
        Certificate mutated = master.withSignedMessage(new StringBuilder(master.signedMessage()).reverse().toString())
                .reseal();
        assertRejected(CERTIFICATE_PROTOCOL_MESSAGE_UNMATCH, mutated);
    }

    @Test
    void currentEpochPartWrongResealed() {
        Certificate withWrongPart = master.withProtocolMessage(
                master.protocolMessage().with(ProtocolMessagePartKey.CURRENT_EPOCH, "18"));
        Certificate mutated = withWrongPart.withSignedMessage(withWrongPart.protocolMessage().computeHash()).reseal();
        assertRejected(CERTIFICATE_EPOCH_UNMATCH, mutated);
    }

    @Test
    void currentEpochPartMissingResealed() {
        java.util.EnumMap<ProtocolMessagePartKey, String> parts = new java.util.EnumMap<>(ProtocolMessagePartKey.class);
        parts.putAll(master.protocolMessage().parts());
        parts.remove(ProtocolMessagePartKey.CURRENT_EPOCH);
        Certificate withoutPart = master.withProtocolMessage(io.mithril.domain.ProtocolMessage.of(parts));
        Certificate mutated = withoutPart.withSignedMessage(withoutPart.protocolMessage().computeHash()).reseal();
        assertRejected(CERTIFICATE_EPOCH_UNMATCH, mutated);
    }

    @Test
    void sameEpochChildAvkSwappedToTheGenesisAvkResealed() {
        Certificate mutated = child.withAggregateVerificationKey(genesis.aggregateVerificationKey()).reseal();
        assertRejected(CERTIFICATE_CHAIN_AVK_UNMATCH, mutated);
    }

    @Test
    void epochMasterAvkDiffersFromThePreviousNextAvkResealed() {
        Certificate mutated = master.withAggregateVerificationKey(child.aggregateVerificationKey()).reseal();
        assertRejected(CERTIFICATE_CHAIN_AVK_UNMATCH, mutated);
    }

    @Test
    void epochMasterProtocolParametersKPlusOneResealed() {
        ProtocolParameters p = master.metadata().parameters();
        Certificate mutated = withParameters(master, new ProtocolParameters(p.k() + 1, p.m(), p.phiF())).reseal();
        assertRejected(CERTIFICATE_CHAIN_PROTOCOL_PARAMETERS_UNMATCH, mutated);
    }

    @Test
    void sameEpochChildPhiFChangedResealed() {
        ProtocolParameters p = child.metadata().parameters();
        Certificate mutated = withParameters(child, new ProtocolParameters(p.k(), p.m(), 0.9)).reseal();
        assertRejected(CERTIFICATE_CHAIN_PROTOCOL_PARAMETERS_UNMATCH, mutated);
    }

    @Test
    void phiFChangedBelowU8F24ResolutionResealedIsAccepted() throws Exception {
        ProtocolParameters p = child.metadata().parameters();
        Certificate mutated = withParameters(child, new ProtocolParameters(p.k(), p.m(), p.phiF() + 1e-9)).reseal();
        assertEquals(ChainFixtures.GENESIS, verifyChain(mutated).genesis().hash());
    }

    @Test
    void epochMasterTwoEpochsLaterWithMatchingCurrentEpochResealed() {
        Epoch gapped = master.epoch().plus(2);
        Certificate moved = master.withEpoch(gapped).withProtocolMessage(
                master.protocolMessage().with(ProtocolMessagePartKey.CURRENT_EPOCH, gapped.toString()));
        Certificate mutated = moved.withSignedMessage(moved.protocolMessage().computeHash()).reseal();
        assertRejected(CERTIFICATE_CHAIN_MISSING_EPOCH, mutated);
    }

    @Test
    void certificateChainingToItself() {
        assertRejected(CERTIFICATE_CHAIN_INFINITE_LOOP, master.withPreviousHash(master.hash()));
    }

    @Test
    void genesisSignatureBitFlippedResealed() {
        byte[] signature = ((CertificateSignature.GenesisSignature) genesis.signature()).bytes();
        signature[10] ^= 0x01;
        Certificate mutated = genesis.withSignature(new CertificateSignature.GenesisSignature(signature)).reseal();
        assertRejected(CERTIFICATE_GENESIS, mutated);
    }

    @Test
    void genesisSignatureGivenAsJsonHexByteArrayIsAccepted() throws Exception {
        JsonNode genesisJson = Fixtures.devnet("certificates.json").get(ChainFixtures.GENESIS).deepCopy();
        byte[] raw = ((CertificateSignature.GenesisSignature) genesis.signature()).bytes();
        ((ObjectNode) genesisJson).put("genesis_signature", JsonHex.encodeBytes(raw));
        Certificate reread = Fixtures.convert(genesisJson, CertificateMessage.class).toDomain();
        assertEquals(ChainFixtures.GENESIS, reread.computeHash());
        chain.put(ChainFixtures.GENESIS, reread);
        assertEquals(ChainFixtures.GENESIS, verifyChain(master).genesis().hash());
    }

    // Further error kinds of §7.2 beyond the §7.3 table.

    @Test
    void previousCertificateWithAnotherHashIsRejected() {
        Certificate impostor = chain.get(master.previousHash()).withHash("ff".repeat(32));
        chain.put(master.previousHash(), impostor);
        assertRejected(CERTIFICATE_CHAIN_PREVIOUS_HASH_UNMATCH, master);
    }

    @Test
    void missingPreviousCertificateIsARetrievalError() {
        chain.remove(master.previousHash());
        assertRejected(CERTIFICATE_RETRIEVAL, master);
    }

    @Test
    void aTamperedCertificateDeepInTheChainFailsTheWholeWalk() {
        Certificate parent = chain.get(master.previousHash());
        chain.put(parent.hash(), parent.withSignedMessage("00".repeat(32)));
        CertificateVerificationException error = assertThrows(CertificateVerificationException.class,
                () -> verifyChain(master));
        assertEquals(CERTIFICATE_HASH_UNMATCH, error.kind());
        assertEquals(parent.hash(), error.certificateHash());
    }

    @Test
    void wrongKindOfCertificateGivenToTheTypedEntryPoints() {
        CertificateChainVerifier verifier = ChainFixtures.verifier(chain, ChainFixtures.CHAIN_RULES_ONLY);
        assertEquals(INVALID_GENESIS_CERTIFICATE_PROVIDED,
                assertThrows(CertificateVerificationException.class,
                        () -> verifier.verifyGenesisCertificate(master)).kind());
        assertEquals(INVALID_STANDARD_CERTIFICATE_PROVIDED,
                assertThrows(CertificateVerificationException.class,
                        () -> verifier.verifyStandardCertificate(genesis)).kind());
    }

    private VerifiedChain verifyChain(Certificate start) throws CertificateVerificationException {
        return ChainFixtures.verifier(chain, ChainFixtures.CHAIN_RULES_ONLY).verifyChain(start);
    }

    private void assertRejected(CertificateVerificationError expected, Certificate start) {
        Executable walk = () -> verifyChain(start);
        CertificateVerificationException error = assertThrows(CertificateVerificationException.class, walk);
        assertEquals(expected, error.kind(), error.getMessage());
    }

    private static Certificate withParameters(Certificate c, ProtocolParameters parameters) {
        CertificateMetadata m = c.metadata();
        return c.withMetadata(new CertificateMetadata(m.network(), m.protocolVersion(), parameters, m.initiatedAt(),
                m.sealedAt(), m.signers()));
    }
}
