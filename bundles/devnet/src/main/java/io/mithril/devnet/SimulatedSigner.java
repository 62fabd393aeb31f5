package io.mithril.devnet;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

import io.mithril.chain.devnet.DevnetPool;
import io.mithril.chain.devnet.DevnetPools;
import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.cardano.Blake2;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.StmSigner;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.message.RegisterSignerMessage;

/**
 * One simulated signer, operating devnet pool {@code index} of a seed (docs/decisions/devnet-signers.md):
 * <ul>
 * <li>its party id is the pool id of the pool's cold key;</li>
 * <li>its operational certificate number n covers KES periods [{@value #OPCERT_KES_PERIODS}·n,
 * {@value #OPCERT_KES_PERIODS}·(n+1)), certifies a KES Sum6 key derived from the pool's KES seed and n, and is
 * signed by the cold key (issue number n);</li>
 * <li>its STM key for registration epoch R is derived from (seed, index, R), so a restarted simulator signs with the
 * keys it registered before the restart.</li>
 * </ul>
 * Not thread-safe (the KES key evolves in place): one thread per signer at a time.
 */
public final class SimulatedSigner {
    /** KES periods an operational certificate covers before the next one is issued (a Sum6 key lasts 64). */
    public static final int OPCERT_KES_PERIODS = 60;

    private final String seed;
    private final DevnetPool pool;
    private KesSecretKey kesKey;
    private long kesKeyIssue = -1;

    public SimulatedSigner(String seed, int index) {
        this.seed = seed;
        this.pool = DevnetPools.pool(seed, index);
    }

    public DevnetPool pool() {
        return pool;
    }

    /** The Mithril party id: <code>pool1…</code> of the cold key. */
    public String partyId() {
        return pool.poolId();
    }

    /** The STM secret key registered for {@code registrationEpoch} (and used to sign at registrationEpoch + 1). */
    public BlsSecretKey stmSecretKey(long registrationEpoch) {
        String input = "mithril-devnet-stm:" + seed + ":" + pool.index() + ":" + Long.toUnsignedString(registrationEpoch);
        return BlsSecretKey.fromIkm(Blake2.blake2b256(input.getBytes(StandardCharsets.UTF_8)));
    }

    /** The JSON-hex verification key with proof of possession registered for {@code registrationEpoch}. */
    public String verificationKey(long registrationEpoch) {
        return StmJsonHex.encode(stmSecretKey(registrationEpoch).verificationKeyProofOfPossession());
    }

    /** The operational certificate valid at absolute KES period {@code kesPeriod}. */
    public OperationalCertificate operationalCertificate(long kesPeriod) {
        long issue = kesPeriod / OPCERT_KES_PERIODS;
        return OperationalCertificate.issue(kesKey(issue).verificationKey(), issue, issue * OPCERT_KES_PERIODS,
                pool.coldKey());
    }

    /**
     * The <code>POST /register-signer</code> body for {@code registrationEpoch} (the aggregator's epoch + 1): the STM
     * key, its KES signature at the evolution of {@code kesPeriod}, the operational certificate, and
     * {@code kes_period} = evolutions since the certificate's start (aggregator.md §1.3).
     */
    public synchronized RegisterSignerMessage registration(long registrationEpoch, long kesPeriod) {
        BlsVerificationKeyProofOfPossession key = stmSecretKey(registrationEpoch).verificationKeyProofOfPossession();
        OperationalCertificate opcert = operationalCertificate(kesPeriod);
        int evolution = (int) (kesPeriod - opcert.startKesPeriod());
        KesSignature signature = kesKeyAt(opcert.issueNumber(), evolution).sign(key.toBytes());
        return new RegisterSignerMessage(registrationEpoch, partyId(), StmJsonHex.encode(key), signature.toJsonHex(),
                opcert.toJsonHex(), (long) evolution);
    }

    /**
     * Signs {@code message} as a signer registered for {@code registrationEpoch}: BLS signature on the message hash
     * (its 64 ASCII characters) and the root of {@code currentSigners}, then the lottery.
     *
     * @return empty when no lottery index is won
     * @throws StmException {@code UNREGISTERED_PARTY} when this signer's key is not among {@code currentSigners}
     */
    public Optional<SingleSignature> sign(ProtocolMessage message, long registrationEpoch, Parameters parameters,
            ClosedKeyRegistration currentSigners) throws StmException {
        return new StmSigner(parameters, stmSecretKey(registrationEpoch), currentSigners).sign(message.signedPayload());
    }

    private KesSecretKey kesKeyAt(long issue, int evolution) {
        KesSecretKey key = kesKey(issue);
        if (key.period() > evolution) {
            kesKey = null;
            key = kesKey(issue);
        }
        key.updateTo(evolution);
        return key;
    }

    private KesSecretKey kesKey(long issue) {
        if (kesKey == null || kesKeyIssue != issue) {
            kesKey = newKesSecretKey(issue);
            kesKeyIssue = issue;
        }
        return kesKey;
    }

    /**
     * A fresh KES key (at evolution 0) of operational certificate {@code issue}, for a caller that evolves and signs
     * on its own, such as a DMQ message builder; this signer's own key is not shared because it evolves in place.
     */
    public KesSecretKey newKesSecretKey(long issue) {
        byte[] kesSeed = issue == 0 ? pool.kesSeed()
                : Blake2.blake2b256(pool.kesSeed(), ByteBuffer.allocate(Long.BYTES).putLong(issue).array());
        return KesSecretKey.fromSeed(kesSeed);
    }

    @Override
    public String toString() {
        return "SimulatedSigner[" + pool.index() + ", " + partyId() + "]";
    }
}
