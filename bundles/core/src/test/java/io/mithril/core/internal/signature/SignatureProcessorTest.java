package io.mithril.core.internal.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.mithril.core.PendingMessage;
import io.mithril.core.internal.epoch.EpochMultiSigner;
import io.mithril.core.internal.fixtures.DatabaseTestPlugin;
import io.mithril.core.internal.fixtures.MsdTestPlugin;
import io.mithril.core.internal.fixtures.TestAggregator;
import io.mithril.core.internal.fixtures.TestSigner;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.spi.signature.SignatureOutcome;
import io.mithril.spi.signature.SignatureOutcome.Status;
import io.mithril.spi.signature.SingleSignatureEnvelope;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.store.SingleSignatureRecord;

/** The signature pipeline of aggregator.md §1.4 (steps 2–6) and its buffer, with real STM signatures. */
class SignatureProcessorTest {
    private static final long STAKE = 2_000_000_000_000L;
    private static final String MSD_12 = "{\"MithrilStakeDistribution\":12}";

    @TempDir
    Path directory;
    private TestAggregator aggregator;
    private PendingMessage msd12;

    /** Genesis at 11; at 12 the runtime signs MSD(12). */
    @BeforeEach
    void signingMsd12() throws Exception {
        aggregator = TestAggregator.start(directory, 10, TestSigner.pools(5, STAKE), new MsdTestPlugin(),
                new DatabaseTestPlugin());
        aggregator.tick();
        aggregator.registerAll();
        aggregator.chain.epoch(11);
        aggregator.tickUntil("blocked-no-genesis", 2);
        aggregator.bootstrapGenesis();
        aggregator.registerAll();
        aggregator.chain.epoch(12);
        aggregator.tickUntil("signing", 3);
        msd12 = aggregator.pending("MithrilStakeDistribution").orElseThrow();
    }

    @AfterEach
    void close() {
        aggregator.close();
    }

    private TestSigner signer(int index) {
        return aggregator.signers.get(index);
    }

    private SingleSignature sign(TestSigner signer, String signedMessage) throws Exception {
        EpochContext epoch = aggregator.epochContext();
        return signer.sign(signedMessage, 12, epoch.currentSigners(), epoch.currentProtocolParameters()).orElseThrow();
    }

    private SignatureOutcome submit(SingleSignatureEnvelope envelope) {
        return aggregator.aggregator().signatureProcessor().submit(envelope);
    }

    private static SingleSignatureEnvelope envelope(TestSigner signer, String type, String signature,
            String signedMessage, String origin) {
        return new SingleSignatureEnvelope(signer.partyId(), type, signature, signedMessage, origin, Instant.EPOCH);
    }

    @Test
    void classifiesTheSignedEntityTypeFirst() throws Exception {
        String signature = StmJsonHex.encode(sign(signer(0), msd12.signedMessage()));
        SignatureOutcome unknown = submit(envelope(signer(0), "{\"SomethingElse\":12}", signature,
                msd12.signedMessage(), "HTTP"));
        assertEquals(Status.REJECTED, unknown.status());
        assertEquals("Unknown signed entity type", unknown.label());
        assertTrue(unknown.message().startsWith("Accepted signed entity types are: MithrilStakeDistribution"));
        assertEquals(Status.REJECTED, submit(envelope(signer(0), "{\"MithrilStakeDistribution\":\"12\"}", signature,
                msd12.signedMessage(), "HTTP")).status(), "a known name with a wrong payload is unknown");
        assertEquals(Status.REJECTED, submit(envelope(signer(0), "not json", signature, msd12.signedMessage(),
                "HTTP")).status());
        SignatureOutcome discontinued = submit(envelope(signer(0),
                "{\"CardanoImmutableFilesFull\":{\"epoch\":12,\"immutable_file_number\":3}}", signature,
                msd12.signedMessage(), "HTTP"));
        assertEquals(Status.GONE, discontinued.status());
        assertEquals("Discontinued signed entity type", discontinued.label());
        assertEquals(4, aggregator.metrics().value(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_RECEIVED, "HTTP"));
        assertEquals(0, aggregator.metrics().value(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL, "HTTP"));
    }

    @Test
    void decodesEveryEncodingOfASingleSignature() throws Exception {
        HexFormat hex = HexFormat.of();
        SignatureOutcome malformed = submit(envelope(signer(0), MSD_12, "zz", msd12.signedMessage(), "HTTP"));
        assertEquals(Status.REJECTED, malformed.status());
        assertEquals("Could not decode signature payload", malformed.label());
        assertEquals(Status.REJECTED, submit(envelope(signer(0), MSD_12, "7b7d", msd12.signedMessage(), "HTTP"))
                .status(), "hex of {} is not a signature");

        assertEquals(Status.REGISTERED, submit(envelope(signer(0), MSD_12,
                StmJsonHex.encode(sign(signer(0), msd12.signedMessage())), msd12.signedMessage(), "HTTP")).status());
        assertEquals(Status.REGISTERED, submit(envelope(signer(1), MSD_12,
                hex.formatHex(StmBytes.toBytes(sign(signer(1), msd12.signedMessage()))), msd12.signedMessage(),
                "HTTP")).status(), "CBOR bytes-hex");
        assertEquals(Status.REGISTERED, submit(envelope(signer(2), MSD_12,
                hex.formatHex(StmBytes.toLegacyBytes(sign(signer(2), msd12.signedMessage()))),
                msd12.signedMessage(), "HTTP")).status(), "legacy bytes-hex");
        assertEquals(3, aggregator.repositories().singleSignatures().byOpenMessage(openMessageId()).size());
    }

    @Test
    void refusesSignaturesThatDoNotAuthenticate() throws Exception {
        SingleSignature signature = sign(signer(0), msd12.signedMessage());
        String other = "00".repeat(32);
        SignatureOutcome wrongMessage = submit(envelope(signer(0), MSD_12, StmJsonHex.encode(signature), other,
                "HTTP"));
        assertEquals(Status.REJECTED, wrongMessage.status());
        assertEquals("Could not authenticate signature", wrongMessage.label());
        SignatureOutcome wrongParty = submit(envelope(signer(1), MSD_12, StmJsonHex.encode(signature),
                msd12.signedMessage(), "HTTP"));
        assertEquals(Status.REJECTED, wrongParty.status(), "signer 0's signature sent as signer 1");
        TestSigner stranger = new TestSigner(99, STAKE);
        assertEquals(Status.REJECTED, submit(envelope(stranger, MSD_12, StmJsonHex.encode(signature),
                msd12.signedMessage(), "HTTP")).status());
    }

    @Test
    void aValidSignatureOfAnotherMessageIsAServerError() throws Exception {
        String otherMessage = ProtocolMessage.empty().with(ProtocolMessagePartKey.CURRENT_EPOCH, "12").computeHash();
        SignatureOutcome outcome = submit(envelope(signer(0), MSD_12,
                StmJsonHex.encode(sign(signer(0), otherMessage)), otherMessage, "HTTP"));
        assertEquals(Status.UNAVAILABLE, outcome.status());
        assertTrue(outcome.message().contains("InvalidSingleSignature"), outcome.message());
    }

    @Test
    void refusesLateSignaturesOfACertifiedMessage() throws Exception {
        aggregator.sign(msd12, aggregator.signers.subList(0, 4));
        assertEquals(2, aggregator.certificateCount());
        SignatureOutcome late = submit(envelope(signer(4), MSD_12,
                StmJsonHex.encode(sign(signer(4), msd12.signedMessage())), msd12.signedMessage(), "HTTP"));
        assertEquals(Status.GONE, late.status());
        assertEquals("already_certified", late.label());
    }

    @Test
    void buffersUntilTheOpenMessageExistsThenReplaysAndCertifiesAtOnce() throws Exception {
        aggregator.sign(msd12, aggregator.signers);
        aggregator.tick();
        assertEquals("ready", aggregator.state());
        long successfulBefore = aggregator.metrics().value(
                AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL, "HTTP");
        String database = databaseMessage(1);
        String type = "{\"CardanoDatabase\":{\"epoch\":12,\"immutable_file_number\":1}}";
        for (TestSigner signer : aggregator.signers) {
            SignatureOutcome buffered = submit(envelope(signer, type, StmJsonHex.encode(sign(signer, database)),
                    database, "HTTP"));
            assertEquals(Status.BUFFERED, buffered.status());
        }
        String wrong = databaseMessage(7);
        assertEquals(Status.BUFFERED, submit(envelope(signer(0), type, StmJsonHex.encode(sign(signer(0), wrong)),
                wrong, "HTTP")).status(), "the last buffered signature of a party replaces the previous one");
        assertEquals(5, aggregator.repositories().bufferedSignatures().byType(4).size());
        assertEquals(2, aggregator.certificateCount());

        aggregator.chain.immutableFileNumber(1);
        aggregator.tick();
        assertEquals(3, aggregator.certificateCount(), "the replayed signatures reach the quorum on creation");
        assertEquals(1, aggregator.repositories().bufferedSignatures().byType(4).size(),
                "the signature of another message is left in the buffer");
        assertEquals(signer(0).partyId(), aggregator.repositories().bufferedSignatures().byType(4).get(0).partyId());
        assertEquals(successfulBefore + 6, aggregator.metrics().value(
                AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL, "HTTP"), "202 counts as successful");
    }

    @Test
    void sourcesThatAuthenticateTheSenderSkipThePreVerification() throws Exception {
        SingleSignature signature = sign(signer(0), msd12.signedMessage());
        SignatureOutcome dmq = submit(envelope(signer(0), MSD_12, StmJsonHex.encode(signature), null, "DMQ"));
        assertEquals(Status.REGISTERED, dmq.status());
        assertNull(dmq.label());
        assertEquals(1, aggregator.metrics().value(AggregatorMetric.SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL, "DMQ"));
        SignatureOutcome forged = submit(envelope(signer(1), MSD_12, StmJsonHex.encode(signature), null, "DMQ"));
        assertEquals(Status.UNAVAILABLE, forged.status(), "checked against the open message only");
    }

    @Test
    void answersUnavailableBeforeTheEpochDataIsComputed() throws Exception {
        aggregator.close();
        try (TestAggregator fresh = TestAggregator.start(directory.resolve("fresh"), 10, TestSigner.pools(2, STAKE),
                new MsdTestPlugin())) {
            SignatureOutcome outcome = fresh.aggregator().signatureProcessor().submit(envelope(fresh.signers.get(0),
                    MSD_12, StmJsonHex.encode(sign(signer(0), msd12.signedMessage())), msd12.signedMessage(),
                    "HTTP"));
            assertEquals(Status.UNAVAILABLE, outcome.status());
        }
        aggregator.restart();
    }

    @Test
    void aSignatureVerifiedOnArrivalIsNotVerifiedAgainForTheAggregation() throws Exception {
        SingleSignature http = sign(signer(0), msd12.signedMessage());
        assertEquals(Status.REGISTERED, submit(envelope(signer(0), MSD_12, StmJsonHex.encode(http),
                msd12.signedMessage(), "HTTP")).status());
        SingleSignature dmq = sign(signer(1), msd12.signedMessage());
        assertEquals(Status.REGISTERED, submit(envelope(signer(1), MSD_12, StmJsonHex.encode(dmq), null, "DMQ"))
                .status());
        EpochMultiSigner current = currentMultiSigner();
        byte[] openMessage = msd12.signedMessage().getBytes(StandardCharsets.US_ASCII);
        assertTrue(current.hasVerified(http, openMessage));
        assertTrue(current.hasVerified(dmq, openMessage));
        for (SingleSignatureRecord stored : aggregator.repositories().singleSignatures().byOpenMessage(openMessageId())) {
            assertTrue(current.hasVerified(StmJsonHex.decodeSingleSignature(stored.signature()), openMessage),
                    "the stored form of " + stored.signerId() + "'s signature is the verified one");
        }
    }

    /**
     * Signer 1's signature relabelled with signer 0's index verifies for party 1 (equal stakes), but aggregation
     * resolves signers by index: the verdict must not be remembered for it.
     */
    @Test
    void aSignatureClaimingAnotherSignersIndexIsNotRemembered() throws Exception {
        long indexOfSigner0 = sign(signer(0), msd12.signedMessage()).signerIndex();
        SingleSignature honest = sign(signer(1), msd12.signedMessage());
        SingleSignature relabelled = new SingleSignature(honest.sigma(), honest.indexes(), indexOfSigner0);
        assertTrue(indexOfSigner0 != honest.signerIndex());
        assertEquals(Status.REGISTERED, submit(envelope(signer(1), MSD_12, StmJsonHex.encode(relabelled),
                msd12.signedMessage(), "HTTP")).status(), "the party's key and stake verify it, as in the reference");
        assertFalse(currentMultiSigner().hasVerified(relabelled, msd12.signedMessage().getBytes(
                StandardCharsets.US_ASCII)));
    }

    /**
     * After a restart the stored signatures were not verified by this process: an invalid one slipped into the store
     * is dropped by the aggregation, and the certificate (checked by the chain verifier) is still produced.
     */
    @Test
    void signaturesLoadedAfterARestartAreVerifiedBeforeAggregation() throws Exception {
        aggregator.sign(msd12, aggregator.signers.subList(0, 2));
        assertEquals(1, aggregator.certificateCount(), "two signers do not reach the quorum");
        aggregator.restart();
        aggregator.tickUntil("signing", 3);
        byte[] openMessage = msd12.signedMessage().getBytes(StandardCharsets.US_ASCII);
        List<SingleSignatureRecord> stored = aggregator.repositories().singleSignatures().byOpenMessage(openMessageId());
        assertEquals(2, stored.size());
        for (SingleSignatureRecord record : stored) {
            assertFalse(currentMultiSigner().hasVerified(StmJsonHex.decodeSingleSignature(record.signature()),
                    openMessage));
        }
        String otherMessage = ProtocolMessage.empty().with(ProtocolMessagePartKey.CURRENT_EPOCH, "12").computeHash();
        SingleSignature forged = sign(signer(2), otherMessage);
        aggregator.repositories().singleSignatures().save(new SingleSignatureRecord(openMessageId(),
                signer(2).partyId(), 11, SingleSignatureRegistrar.indexesJson(forged), StmJsonHex.encode(forged),
                Instant.EPOCH));

        aggregator.sign(msd12, List.of(signer(3), signer(4)));
        assertEquals(2, aggregator.certificateCount(), "signers 0, 1, 3 and 4 reach the quorum without the forgery");
    }

    private EpochMultiSigner currentMultiSigner() throws Exception {
        return aggregator.aggregator().epochs().requireData().requireMultiSigners().current();
    }

    /** The CardanoDatabase message the test plugin will open at epoch 12 for an immutable file number. */
    private String databaseMessage(long immutableFileNumber) throws Exception {
        var next = aggregator.aggregator().epochs().requireData().requireMultiSigners().next().orElseThrow();
        return ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.CARDANO_DATABASE_MERKLE_ROOT,
                        DatabaseTestPlugin.merkleRoot(new DatabaseTestPlugin.DbBeacon(12, immutableFileNumber)))
                .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, next.aggregateVerificationKeyJsonHex())
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS,
                        aggregator.aggregator().epochs().requireData().nextAggregationSettings().protocolParameters()
                                .computeHash())
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, "12").computeHash();
    }

    private String openMessageId() {
        return aggregator.repositories().openMessages().byEpoch(12).get(0).openMessageId();
    }

    static List<String> labels(List<SignatureOutcome> outcomes) {
        return outcomes.stream().map(SignatureOutcome::label).toList();
    }
}
