package io.mithril.bench;

import io.mithril.crypto.bls.BlsException;
import io.mithril.crypto.bls.BlsSecretKey;
import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.Clerk;
import io.mithril.crypto.stm.ConcatenationProof;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.crypto.stm.StmSigner;
import io.mithril.crypto.stm.codec.StmBytes;
import io.mithril.crypto.stm.codec.StmJsonHex;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A mainnet-sized epoch: 3000 signers with log-normal stakes, the mainnet parameters, the signatures that reach the
 * quorum in a random arrival order, and their aggregate. Deterministic (seeded). Built once by the report runner and
 * saved to a file that every forked benchmark JVM loads, because signing for a quorum takes tens of seconds.
 */
public final class StmFixture {
    public static final Parameters MAINNET = new Parameters(16948, 1944, 0.2);
    public static final int SIGNERS = 3000;
    public static final String FILE_PROPERTY = "stm.bench.fixture";
    /** Like a certificate's signed_message: the 64 hex characters of a SHA-256, as UTF-8 bytes. */
    public static final byte[] MESSAGE =
            "6a7e737c312972d2346b65ac3075696e04286d046dddaf8004121e3d5e27cc0d".getBytes(StandardCharsets.US_ASCII);

    public final List<BlsSecretKey> secretKeys;
    public final List<BlsVerificationKeyProofOfPossession> keys;
    public final long[] stakes;
    public final ClosedKeyRegistration registration;
    public final List<SingleSignature> quorum;
    public final String proofJsonHex;
    public final ConcatenationProof proof;

    private StmFixture(List<BlsSecretKey> secretKeys, List<BlsVerificationKeyProofOfPossession> keys, long[] stakes,
                       List<SingleSignature> quorum, String proofJsonHex) throws StmException {
        this.secretKeys = secretKeys;
        this.keys = keys;
        this.stakes = stakes;
        this.registration = ClosedKeyRegistration.of(entries(keys, stakes));
        this.quorum = quorum;
        this.proofJsonHex = proofJsonHex;
        this.proof = StmJsonHex.decodeAggregateSignature(proofJsonHex);
    }

    /** Loads the fixture named by the system property, or builds it (and saves it there if the property is set). */
    public static StmFixture get() {
        String file = System.getProperty(FILE_PROPERTY);
        try {
            if (file != null && Files.exists(Path.of(file))) {
                return load(Path.of(file));
            }
            StmFixture fixture = build();
            if (file != null) {
                fixture.save(Path.of(file));
            }
            return fixture;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StmException | BlsException e) {
            throw new IllegalStateException(e);
        }
    }

    static StmFixture build() throws StmException {
        Random random = new Random(20260521L);
        // Log-normal stakes (median ~3.3M ADA in lovelace, a long tail of large pools), like mainnet's SPOs.
        return build(SIGNERS, random, () -> (long) (3.3e12 * Math.exp(1.4 * random.nextGaussian())));
    }

    /** The synthetic case of spec stm.md §9: n signers of equal stake, same parameters. Built in memory (fast). */
    public static StmFixture equalStakes(int n) {
        try {
            return build(n, new Random(40L), () -> 1_000_000_000_000L);
        } catch (StmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static StmFixture build(int n, Random random, java.util.function.LongSupplier stake) throws StmException {
        List<BlsSecretKey> sks = new ArrayList<>();
        long[] stakes = new long[n];
        for (int i = 0; i < n; i++) {
            byte[] ikm = new byte[32];
            random.nextBytes(ikm);
            sks.add(BlsSecretKey.fromIkm(ikm));
            stakes[i] = stake.getAsLong();
        }
        List<BlsVerificationKeyProofOfPossession> keys =
                sks.parallelStream().map(BlsSecretKey::verificationKeyProofOfPossession).toList();
        ClosedKeyRegistration registration = ClosedKeyRegistration.of(entries(keys, stakes));
        List<SingleSignature> quorum = signUntilQuorum(sks, registration, random);
        Clerk clerk = new Clerk(MAINNET, registration);
        String proof = StmJsonHex.encode(clerk.aggregate(quorum, MESSAGE));
        return new StmFixture(sks, keys, stakes, quorum, proof);
    }

    /** Signers arrive in random order; the quorum is the shortest arrival prefix with k distinct indexes. */
    private static List<SingleSignature> signUntilQuorum(List<BlsSecretKey> sks, ClosedKeyRegistration registration,
                                                         Random random) throws StmException {
        int n = sks.size();
        List<Integer> order = new ArrayList<>(IntStream.range(0, n).boxed().toList());
        Collections.shuffle(order, random);
        List<SingleSignature> arrived = new ArrayList<>();
        Set<Long> distinct = new HashSet<>();
        for (int start = 0; start < n && distinct.size() < MAINNET.k(); start += 64) {
            List<SingleSignature> batch = order.subList(start, Math.min(n, start + 64)).parallelStream()
                    .map(i -> sign(sks.get(i), registration)).filter(s -> s != null).toList();
            for (SingleSignature s : batch) {
                if (distinct.size() >= MAINNET.k()) {
                    break;
                }
                arrived.add(s);
                Arrays.stream(s.indexes()).forEach(distinct::add);
            }
        }
        return arrived;
    }

    private static SingleSignature sign(BlsSecretKey sk, ClosedKeyRegistration registration) {
        try {
            return new StmSigner(MAINNET, sk, registration).sign(MESSAGE).orElse(null);
        } catch (StmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<RegistrationEntry> entries(List<BlsVerificationKeyProofOfPossession> keys, long[] stakes) {
        List<RegistrationEntry> entries = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            entries.add(new RegistrationEntry(keys.get(i).verificationKey(), stakes[i]));
        }
        return entries;
    }

    private void save(Path file) throws IOException {
        try (DataOutputStream out = new DataOutputStream(Files.newOutputStream(file))) {
            out.writeInt(secretKeys.size());
            for (int i = 0; i < secretKeys.size(); i++) {
                out.write(secretKeys.get(i).toBytes());
                out.write(keys.get(i).toBytes());
                out.writeLong(stakes[i]);
            }
            out.writeInt(quorum.size());
            for (SingleSignature s : quorum) {
                byte[] b = StmBytes.toBytes(s);
                out.writeInt(b.length);
                out.write(b);
            }
            byte[] proof = proofJsonHex.getBytes(StandardCharsets.US_ASCII);
            out.writeInt(proof.length);
            out.write(proof);
        }
    }

    private static StmFixture load(Path file) throws IOException, StmException, BlsException {
        try (DataInputStream in = new DataInputStream(Files.newInputStream(file))) {
            int n = in.readInt();
            List<BlsSecretKey> sks = new ArrayList<>(n);
            List<byte[]> rawKeys = new ArrayList<>(n);
            long[] stakes = new long[n];
            for (int i = 0; i < n; i++) {
                sks.add(BlsSecretKey.fromBytes(in.readNBytes(32)));
                rawKeys.add(in.readNBytes(BlsVerificationKeyProofOfPossession.SIZE));
                stakes[i] = in.readLong();
            }
            List<BlsVerificationKeyProofOfPossession> keys = rawKeys.parallelStream().map(StmFixture::decodeKey).toList();
            int q = in.readInt();
            List<SingleSignature> quorum = new ArrayList<>(q);
            for (int i = 0; i < q; i++) {
                quorum.add(StmBytes.decodeSingleSignature(in.readNBytes(in.readInt())));
            }
            String proof = new String(in.readNBytes(in.readInt()), StandardCharsets.US_ASCII);
            return new StmFixture(sks, keys, stakes, quorum, proof);
        }
    }

    private static BlsVerificationKeyProofOfPossession decodeKey(byte[] raw) {
        try {
            return StmBytes.decodeVerificationKeyProofOfPossession(raw);
        } catch (StmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Number of indexes in the aggregate. */
    public long proofIndexCount() {
        return proof.signatures().stream().mapToLong(s -> s.signature().indexCount()).sum();
    }

    public double meanQuorumIndexCount() {
        return quorum.stream().mapToInt(SingleSignature::indexCount).average().orElse(0);
    }

    /** Blake2b-256 evaluations to verify the aggregate's batch path: one per proven leaf, one per computed parent. */
    public long batchPathHashCount() {
        long[] positions = proof.batchProof().indices();
        long p = Long.highestOneBit(Math.max(1, keys.size() - 1)) << 1;
        long[] nodes = Arrays.stream(positions).map(i -> i + p - 1).toArray();
        long hashes = nodes.length;
        while (nodes.length > 1 || nodes[0] != 0) {
            nodes = Arrays.stream(nodes).map(x -> (x - 1) / 2).distinct().toArray();
            hashes += nodes.length;
        }
        return hashes;
    }

    /** Blake2b-256 evaluations to build the registration tree: n leaves and P - 1 internal nodes. */
    public static long registrationTreeHashCount() {
        long p = Long.highestOneBit(SIGNERS - 1) << 1;
        return SIGNERS + p - 1;
    }
}
