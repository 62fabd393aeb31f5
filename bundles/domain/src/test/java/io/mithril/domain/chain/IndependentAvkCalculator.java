package io.mithril.domain.chain;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.Fixtures;
import io.mithril.domain.JsonHex;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.internal.Hex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.bouncycastle.crypto.digests.Blake2bDigest;

/**
 * A test-only AVK computation written from stm.md §3 alone, to check MSD artifacts independently of crypto-stm:
 * leaves (vk ‖ u64 stake) sorted by stake then vk bytes, Blake2b-256 heap tree, JSON-hex of the AVK.
 */
final class IndependentAvkCalculator implements AggregateVerificationKeyCalculator {

    private record Leaf(byte[] vk, long stake) {
    }

    @Override
    public String computeJsonHex(List<SignerWithStake> signers) {
        List<Leaf> leaves = signers.stream().map(s -> new Leaf(vkBytes(s.verificationKey()), s.stake()))
                .sorted(Comparator.comparingLong(Leaf::stake).thenComparing(Leaf::vk, Arrays::compareUnsigned))
                .toList();
        int n = leaves.size();
        int p = Integer.highestOneBit(n) == n ? n : Integer.highestOneBit(n) << 1;
        int nodes = n + p - 1;
        byte[][] tree = new byte[nodes][];
        for (int j = 0; j < n; j++) {
            Leaf leaf = leaves.get(j);
            tree[p - 1 + j] = blake2b(ByteBuffer.allocate(104).put(leaf.vk()).putLong(leaf.stake()).array());
        }
        byte[] absent = blake2b(new byte[] {0});
        for (int i = p - 2; i >= 0; i--) {
            byte[] left = 2 * i + 1 < nodes ? tree[2 * i + 1] : absent;
            byte[] right = 2 * i + 2 < nodes ? tree[2 * i + 2] : absent;
            tree[i] = blake2b(concat(left, right));
        }
        long totalStake = leaves.stream().mapToLong(Leaf::stake).sum();
        StringBuilder root = new StringBuilder();
        for (byte b : tree[0]) {
            root.append(root.length() == 0 ? "" : ",").append(b & 0xff);
        }
        String json = "{\"mt_commitment\":{\"root\":[" + root + "],\"nr_leaves\":" + n + ",\"hasher\":null},"
                + "\"total_stake\":" + totalStake + "}";
        return Hex.encode(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The {@code vk} array of the signer's JSON-hex {@code {"vk":[96],"pop":[96]}}. */
    private static byte[] vkBytes(String verificationKeyJsonHex) {
        try {
            JsonNode key = Fixtures.MAPPER.readTree(Hex.decode(verificationKeyJsonHex));
            return JsonHex.decodeBytes(Hex.encode(key.get("vk").toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] blake2b(byte[] data) {
        Blake2bDigest digest = new Blake2bDigest(256);
        digest.update(data, 0, data.length);
        byte[] out = new byte[32];
        digest.doFinal(out, 0);
        return out;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
