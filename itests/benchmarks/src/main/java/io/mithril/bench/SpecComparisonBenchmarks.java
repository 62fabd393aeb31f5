package io.mithril.bench;

import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.bls.BlsSignature;
import io.mithril.crypto.bls.BlsVerificationKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.codec.StmJsonHex;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cases measured in spec stm.md §9, for a side-by-side comparison: BLS verify, PoP verification, and the
 * "mainnet-like synthetic" epoch of 40 equal signers at m = 16948, k = 1944, phi_f = 0.2.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 15, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class SpecComparisonBenchmarks {
    private static final byte[] MSG = new byte[96];

    private StmFixture forty;
    private Clerk clerk;
    private BlsSignature sigma;
    private BlsVerificationKey vk;
    private BlsVerificationKeyProofOfPossession vkPop;
    private int next;

    @Setup
    public void setUp() throws StmException {
        forty = StmFixture.equalStakes(40);
        clerk = new Clerk(StmFixture.MAINNET, forty.registration);
        BlsSecretKey sk = forty.secretKeys.get(0);
        sigma = sk.sign(MSG);
        vk = sk.verificationKey();
        vkPop = forty.keys.get(0);
    }

    /** hash_to_G1 + 2 Miller loops + final exponentiation. */
    @Benchmark
    public BlsSignature blsVerify() throws BlsException {
        sigma.verify(MSG, vk);
        return sigma;
    }

    @Benchmark
    public BlsVerificationKeyProofOfPossession popVerify() throws BlsException {
        vkPop.verify();
        return vkPop;
    }

    /** One single signature of a 1/40-stake signer (~95 indexes). */
    @Benchmark
    public SingleSignature singleSignatureVerify40() throws StmException {
        SingleSignature s = forty.quorum.get(next++ % forty.quorum.size());
        clerk.verify(s, StmFixture.MESSAGE);
        return s;
    }

    @Benchmark
    public ConcatenationProof aggregateVerify40() throws StmException {
        forty.proof.verify(StmFixture.MESSAGE, forty.registration.aggregateVerificationKey(), StmFixture.MAINNET);
        return forty.proof;
    }

    @Benchmark
    public ConcatenationProof aggregateDecodeAndVerify40() throws StmException {
        ConcatenationProof proof = StmJsonHex.decodeAggregateSignature(forty.proofJsonHex);
        proof.verify(StmFixture.MESSAGE, forty.registration.aggregateVerificationKey(), StmFixture.MAINNET);
        return proof;
    }
}
