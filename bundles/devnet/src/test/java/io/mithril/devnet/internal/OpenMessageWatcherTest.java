package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mithril.core.PendingMessage;
import io.mithril.devnet.SignaturePublisher.Outcome;
import io.mithril.devnet.SignaturePublisher.Status;
import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntityType;

class OpenMessageWatcherTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ActivityLog log = new ActivityLog(new PrintStream(out, true, StandardCharsets.UTF_8),
            Clock.systemUTC(), 3);
    private final List<PendingMessage> pending = new ArrayList<>();
    private final OpenMessageWatcher watcher = new OpenMessageWatcher(() -> () -> pending, log);

    private List<String> lines() {
        return out.toString(StandardCharsets.UTF_8).lines().toList();
    }

    @Test
    void announcesEachOpenMessageOnce() {
        pending.add(new PendingMessage("{\"MithrilStakeDistribution\":12}", 12, "a".repeat(64), Map.of(), null));
        watcher.poll();
        watcher.poll();
        assertEquals(1, lines().size(), lines().toString());
        assertTrue(lines().get(0).contains("{\"MithrilStakeDistribution\":12} awaits signatures"), lines().get(0));
    }

    @Test
    void saysWhenTheSignersSignedAnotherMessage() {
        log.signaturePublished(new SignedEntityType.MithrilStakeDistribution(Epoch.of(12)), "pool1x", "b".repeat(64),
                3, new Outcome(Status.REGISTERED, "201"));
        pending.add(new PendingMessage("{\"MithrilStakeDistribution\":12}", 12, "a".repeat(64), Map.of(), null));
        watcher.poll();
        assertTrue(lines().stream().anyMatch(l -> l.contains("MISMATCH") && l.contains("b".repeat(64))
                && l.contains("a".repeat(64))), lines().toString());
    }

    @Test
    void noMismatchWhenBothSidesAgree() {
        log.signaturePublished(new SignedEntityType.MithrilStakeDistribution(Epoch.of(12)), "pool1x", "a".repeat(64),
                3, new Outcome(Status.REGISTERED, "201"));
        pending.add(new PendingMessage("{\"MithrilStakeDistribution\":12}", 12, "a".repeat(64), Map.of(), null));
        watcher.poll();
        assertFalse(lines().stream().anyMatch(l -> l.contains("MISMATCH")), lines().toString());
    }
}
