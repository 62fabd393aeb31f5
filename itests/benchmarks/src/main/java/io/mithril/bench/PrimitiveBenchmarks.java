package io.mithril.bench;

import io.mithril.crypto.stm.Lottery;
import io.mithril.crypto.stm.StmException;
import java.math.BigInteger;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.bouncycastle.crypto.digests.Blake2bDigest;
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
import supranational.blst.P1;
import supranational.blst.P1_Affine;
import supranational.blst.P2;
import supranational.blst.P2_Affine;
import supranational.blst.PT;
import supranational.blst.SecretKey;

/** The floors: single blst calls and hashes that the STM operations are made of. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 300, timeUnit = TimeUnit.MILLISECONDS)
@Measurement(iterations = 15, time = 300, timeUnit = TimeUnit.MILLISECONDS)
public class PrimitiveBenchmarks {
    private byte[] msgPrime;
    private SecretKey sk;
    private P1_Affine sigma;
    private P1_Affine hashed;
    private P2_Affine vk;
    private byte[] sigmaBytes;
    private byte[] vkBytes;
    private BigInteger weight;
    private Lottery lottery;
    private byte[] leaf;
    private byte[] node;

    @Setup
    public void setUp() throws StmException {
        Random random = new Random(1);
        msgPrime = new byte[96];
        random.nextBytes(msgPrime);
        byte[] ikm = new byte[32];
        random.nextBytes(ikm);
        sk = new SecretKey();
        sk.keygen(ikm, "");
        hashed = new P1().hash_to(msgPrime, "", new byte[0]).to_affine();
        P1 sig = new P1(hashed).sign_with(sk);
        sigma = sig.to_affine();
        sigmaBytes = sig.compress();
        P2 pk = new P2(sk);
        vk = pk.to_affine();
        vkBytes = pk.compress();
        weight = new BigInteger(128, random).setBit(127);
        // A typical mainnet signer: 1/3000 of the stake.
        lottery = Lottery.of(0.2, 1, 3000);
        leaf = new byte[104];
        node = new byte[64];
        random.nextBytes(leaf);
        random.nextBytes(node);
    }

    /** e(a, b) == e(c, d): 2 Miller loops + 1 final exponentiation (the core of every BLS check). */
    @Benchmark
    public boolean pairingCheck() {
        return PT.finalverify(new PT(sigma, P2_Affine.generator()), new PT(hashed, vk));
    }

    @Benchmark
    public P1 hashToG1() {
        return new P1().hash_to(msgPrime, "", new byte[0]);
    }

    /** A BLS signature: hash to G1 and a full-width scalar multiplication. */
    @Benchmark
    public P1 blsSign() {
        return new P1().hash_to(msgPrime, "", new byte[0]).sign_with(sk);
    }

    @Benchmark
    public P1 g1ScalarMult128() {
        return new P1(sigma).mult(weight);
    }

    @Benchmark
    public P2 g2ScalarMult128() {
        return new P2(vk).mult(weight);
    }

    /** Decompression plus subgroup check, as when decoding a sigma. */
    @Benchmark
    public boolean g1Decompress() {
        return new P1_Affine(sigmaBytes).in_group();
    }

    @Benchmark
    public boolean g2Decompress() {
        return new P2_Affine(vkBytes).in_group();
    }

    /** One lottery index: the Blake2b-512 dense mapping and the exact decision. */
    @Benchmark
    public boolean lotteryCheck() {
        msgPrime[0]++;
        return lottery.isWon(Lottery.evaluate(msgPrime, 17, sigmaBytes));
    }

    /** The dense-mapping hash alone (155 bytes, two compressions). */
    @Benchmark
    public byte[] blake2b512() {
        Blake2bDigest d = new Blake2bDigest(512);
        d.update(new byte[] {'m', 'a', 'p'}, 0, 3);
        d.update(msgPrime, 0, msgPrime.length);
        d.update(leaf, 0, 8);
        d.update(sigmaBytes, 0, sigmaBytes.length);
        byte[] out = new byte[64];
        d.doFinal(out, 0);
        return out;
    }

    /** A Merkle node hash (64 bytes in, 32 out). */
    @Benchmark
    public byte[] blake2b256() {
        Blake2bDigest d = new Blake2bDigest(256);
        d.update(node, 0, node.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return out;
    }
}
