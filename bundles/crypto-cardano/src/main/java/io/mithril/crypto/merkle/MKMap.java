package io.mithril.crypto.merkle;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A merkelized map keyed by {@link BlockRange} (cardano-data.md §0.2): entries in key order, each contributing the
 * master-tree leaf {@code merge(key bytes, value root)}; the map root is the master tree's root. Values may be
 * replaced by others with the same root (e.g. a compressed root by its full tree, to prove inside it). Not
 * thread-safe for mutation.
 */
public final class MKMap {
    private final TreeMap<BlockRange, MKMapValue> values = new TreeMap<>();
    private final MKTree master = new MKTree();

    /** An empty map. */
    public MKMap() {
    }

    /** A map of the given entries, inserted in key order whatever the iteration order of {@code entries}. */
    public static MKMap of(Map<BlockRange, ? extends MKMapValue> entries) {
        MKMap map = new MKMap();
        for (Map.Entry<BlockRange, ? extends MKMapValue> e : new TreeMap<>(entries).entrySet()) {
            map.append(e.getKey(), e.getValue());
        }
        return map;
    }

    /**
     * Inserts a new key, which must sort after every present key, or replaces the value of a present key by one with
     * the same root (the reference's {@code insert}).
     */
    public void insert(BlockRange key, MKMapValue value) {
        MKMapValue existing = values.get(key);
        if (existing != null) {
            replace(key, value);
            return;
        }
        if (!values.isEmpty() && values.lastKey().compareTo(key) > 0) {
            throw new IllegalArgumentException("MKMap keys must be inserted in order: " + key + " after "
                    + values.lastKey());
        }
        append(key, value);
    }

    /** Replaces the value of a present key by one with the same root. */
    public void replace(BlockRange key, MKMapValue value) {
        MKMapValue existing = values.get(key);
        if (existing == null) {
            throw new IllegalArgumentException("MKMap could not replace non-existing key " + key);
        }
        if (!existing.root().equals(value.root())) {
            throw new IllegalArgumentException("MKMap values should be replaced by entry with same root (" + key + ")");
        }
        values.put(key, value);
    }

    private void append(BlockRange key, MKMapValue value) {
        values.put(key, value);
        master.append(key.toTreeNode().merge(value.root()));
    }

    public Optional<MKMapValue> get(BlockRange key) {
        return Optional.ofNullable(values.get(key));
    }

    /** The entries in key order (read-only view). */
    public SortedMap<BlockRange, MKMapValue> entries() {
        return Collections.unmodifiableSortedMap(values);
    }

    public int size() {
        return values.size();
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The map root. */
    public MKTreeNode root() {
        return master.root();
    }

    /** The first entry (in key order) whose value contains {@code leaf}. */
    public Optional<Map.Entry<BlockRange, MKMapValue>> findContaining(MKTreeNode leaf) {
        for (Map.Entry<BlockRange, MKMapValue> e : values.entrySet()) {
            if (e.getValue().contains(leaf)) {
                return Optional.of(Map.entry(e.getKey(), e.getValue()));
            }
        }
        return Optional.empty();
    }

    /** Replaces every provable value by its bare root (same map root, less memory). */
    public void compress() {
        for (Map.Entry<BlockRange, MKMapValue> e : values.entrySet()) {
            if (e.getValue().canComputeProof()) {
                e.setValue(MKMapValue.ofRoot(e.getValue().root()));
            }
        }
    }

    /**
     * A proof for the given leaves: one sub proof per provable entry containing some of them (leaves in the given
     * order), and a master proof of those entries' master leaves.
     *
     * @throws IllegalArgumentException if {@code leaves} is empty or none of them is provable here
     */
    public MKMapProof computeProof(List<MKTreeNode> leaves) {
        if (leaves.isEmpty()) {
            throw new IllegalArgumentException("MKMap could not compute proof for empty leaves");
        }
        Map<BlockRange, MKMapProof> subProofs = new LinkedHashMap<>();
        for (Map.Entry<BlockRange, MKMapValue> e : values.entrySet()) {
            MKMapValue value = e.getValue();
            if (!value.canComputeProof()) {
                continue;
            }
            List<MKTreeNode> found = new ArrayList<>();
            for (MKTreeNode leaf : leaves) {
                if (value.contains(leaf)) {
                    found.add(leaf);
                }
            }
            if (!found.isEmpty()) {
                value.computeProof(found).ifPresent(p -> subProofs.put(e.getKey(), p));
            }
        }
        if (subProofs.isEmpty()) {
            throw new IllegalArgumentException("MKMap could not compute master proof: no provable leaf");
        }
        List<MKTreeNode> masterLeaves = new ArrayList<>(subProofs.size());
        List<MKMapProof.SubProof> subs = new ArrayList<>(subProofs.size());
        for (Map.Entry<BlockRange, MKMapProof> e : subProofs.entrySet()) {
            masterLeaves.add(e.getKey().toTreeNode().merge(e.getValue().root()));
            subs.add(new MKMapProof.SubProof(e.getKey(), e.getValue()));
        }
        return new MKMapProof(master.computeProof(masterLeaves), subs);
    }
}
