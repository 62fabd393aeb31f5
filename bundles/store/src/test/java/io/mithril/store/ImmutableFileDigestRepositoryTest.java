package io.mithril.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** The digest cache, filled from a devnet Cardano database artifact's digests. */
class ImmutableFileDigestRepositoryTest {
    @TempDir
    Path directory;

    @Test
    void digestsAreCachedReplacedAndReset() {
        List<ImmutableFileDigestRecord> digests = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            digests.add(new ImmutableFileDigestRecord(String.format("%05d.chunk", 5 - i), "%064x".formatted(i)));
        }
        JsonNode anyArtifact = DevnetData.load("cardano-databases.json").elements().next();
        String merkleRoot = anyArtifact.get("merkle_root").asText();
        try (AggregatorStore store = TestStores.openIn(directory)) {
            store.immutableFileDigests().save(digests);
            assertEquals(digests.stream().sorted(java.util.Comparator
                    .comparing(ImmutableFileDigestRecord::immutableFileName)).toList(),
                    store.immutableFileDigests().all());
            ImmutableFileDigestRecord replaced = new ImmutableFileDigestRecord("00003.chunk", merkleRoot);
            store.immutableFileDigests().save(List.of(replaced));
            assertEquals(Optional.of(replaced), store.immutableFileDigests().byName("00003.chunk"));
            assertEquals(5, store.immutableFileDigests().deleteAll());
            assertEquals(List.of(), store.immutableFileDigests().all());
        }
    }
}
