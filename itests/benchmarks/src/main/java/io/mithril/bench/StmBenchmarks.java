package io.mithril.bench;

import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.StmSigner;
import io.mithril.crypto.stm.codec.StmJsonHex;
import java.util.Optional;
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

/** The aggregator's STM operations on a mainnet-sized epoch ({@link StmFixture}). */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 500, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 12, time = 500, timeUnit = TimeUnit.MILLISECONDS)
public class StmBenchmarks {
    private StmFixture fixture;
    private Clerk warmClerk;
    private StmSigner signer;
    private int next;

    @Setup
    public void setUp() throws StmException {
        fixture = StmFixture.get();
        warmClerk = new Clerk(StmFixture.MAINNET, fixture.registration);
        for (SingleSignature s : fixture.quorum) {
            warmClerk.verify(s, StmFixture.MESSAGE);
        }
        // A median signer (its stake is typical, its lottery work is the same m evaluations as everyone's).
        signer = new StmSigner(StmFixture.MAINNET, fixture.secretKeys.get(StmFixture.SIGNERS / 2), fixture.registration);
    }

    /** Verification of an incoming single signature (BLS + its lottery indexes), cycling through the quorum. */
    @Benchmark
    public SingleSignature singleSignatureVerify() throws StmException {
        SingleSignature s = fixture.quorum.get(next++ % fixture.quorum.size());
        warmClerk.verify(s, StmFixture.MESSAGE);
        return s;
    }

    /** Aggregation as the reference does it: every submitted signature re-verified (in parallel), then selected. */
    @Benchmark
    public ConcatenationProof aggregateQuorumReverifying() throws StmException {
        return new Clerk(StmFixture.MAINNET, fixture.registration).aggregate(fixture.quorum, StmFixture.MESSAGE);
    }

    /** Aggregation by the clerk that already verified each signature on arrival (the aggregator's real flow). */
    @Benchmark
    public ConcatenationProof aggregateQuorumVerifiedOnArrival() throws StmException {
        return warmClerk.aggregate(fixture.quorum, StmFixture.MESSAGE);
    }

    /** Full verification of a certificate multi-signature (already decoded). */
    @Benchmark
    public ConcatenationProof aggregateVerify() throws StmException {
        fixture.proof.verify(StmFixture.MESSAGE, fixture.registration.aggregateVerificationKey(), StmFixture.MAINNET);
        return fixture.proof;
    }

    /** The same from the certificate's JSON-hex string (decoding, point decompression and subgroup checks included). */
    @Benchmark
    public ConcatenationProof aggregateDecodeAndVerify() throws StmException {
        ConcatenationProof proof = StmJsonHex.decodeAggregateSignature(fixture.proofJsonHex);
        proof.verify(StmFixture.MESSAGE, fixture.registration.aggregateVerificationKey(), StmFixture.MAINNET);
        return proof;
    }

    /** A signer's work: the BLS signature and all m = 16948 lottery evaluations. */
    @Benchmark
    public Optional<SingleSignature> sign() throws StmException {
        return signer.sign(StmFixture.MESSAGE);
    }
}
