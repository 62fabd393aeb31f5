package io.mithril.crypto.ed25519;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.bouncycastle.crypto.digests.SHA256Digest;

/**
 * Hash, signature and verification of a Cardano DB ancillary manifest (cardano-data.md §1.6): SHA-256 over each
 * entry's {@code path ‖ hex digest} in the reference's key order, signed with Ed25519.
 */
public final class AncillaryManifestSignature {
    /**
     * Rust orders the manifest's {@code PathBuf} keys component by component, which differs from plain string
     * order when a component is a prefix of another (e.g. {@code a/b} sorts before {@code a.b/c}).
     */
    public static final Comparator<String> PATH_ORDER = AncillaryManifestSignature::comparePaths;

    private AncillaryManifestSignature() {
    }

    /** The 32-byte manifest hash of {@code data} (relative path → hex SHA-256 of the file). */
    public static byte[] hash(Map<String, String> data) {
        List<Map.Entry<String, String>> entries = new ArrayList<>(data.entrySet());
        entries.sort(Map.Entry.comparingByKey(PATH_ORDER));
        SHA256Digest sha = new SHA256Digest();
        for (Map.Entry<String, String> e : entries) {
            byte[] path = e.getKey().getBytes(StandardCharsets.UTF_8);
            byte[] digest = e.getValue().getBytes(StandardCharsets.UTF_8);
            sha.update(path, 0, path.length);
            sha.update(digest, 0, digest.length);
        }
        byte[] out = new byte[32];
        sha.doFinal(out, 0);
        return out;
    }

    public static Ed25519Signature sign(Ed25519SigningKey key, Map<String, String> data) {
        return key.sign(hash(data));
    }

    public static boolean verify(Ed25519VerificationKey key, Map<String, String> data, Ed25519Signature signature) {
        return key.verify(hash(data), signature);
    }

    private static int comparePaths(String a, String b) {
        String[] ca = a.split("/", -1);
        String[] cb = b.split("/", -1);
        for (int i = 0; i < Math.min(ca.length, cb.length); i++) {
            int c = compareBytes(ca[i], cb[i]);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(ca.length, cb.length);
    }

    private static int compareBytes(String a, String b) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] y = b.getBytes(StandardCharsets.UTF_8);
        return java.util.Arrays.compareUnsigned(x, y);
    }
}
