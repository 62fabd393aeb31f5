package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.mithril.devnet.internal.DevnetArguments.UsageException;

class DevnetArgumentsTest {
    @Test
    void defaults() throws Exception {
        assertEquals(new DevnetArguments(10, Duration.ofSeconds(1), false), DevnetArguments.parse(List.of()));
    }

    @Test
    void optionsInBothForms() throws Exception {
        assertEquals(new DevnetArguments(25, Duration.ofMillis(200), false),
                DevnetArguments.parse(List.of("--signers", "25", "--cycle-ms=200")));
        assertEquals(3, DevnetArguments.parse(List.of("--signers=3")).signers());
        assertTrue(DevnetArguments.parse(List.of("-h")).help());
        assertTrue(DevnetArguments.parse(List.of("--signers", "4", "--help")).help());
    }

    @Test
    void followersAndDmq() throws Exception {
        DevnetArguments leaderOnly = DevnetArguments.parse(List.of());
        assertEquals(0, leaderOnly.followers());
        assertFalse(leaderOnly.publishesOverDmq());
        DevnetArguments dmqOnly = DevnetArguments.parse(List.of("--dmq"));
        assertEquals(0, dmqOnly.followers());
        assertTrue(dmqOnly.publishesOverDmq());
        DevnetArguments followers = DevnetArguments.parse(List.of("--followers", "2", "--signers=5"));
        assertEquals(new DevnetArguments(5, Duration.ofSeconds(1), 2, false, false), followers);
        assertTrue(followers.publishesOverDmq(), "followers only receive signatures over DMQ");
        assertEquals(3, DevnetArguments.parse(List.of("--followers=3", "--dmq")).followers());
        assertEquals("invalid value '17' for '--followers': must be between 0 and 16",
                assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("--followers", "17")))
                        .getMessage());
    }

    @Test
    void mistakesAreNamed() {
        assertEquals("unexpected argument '--signer'",
                assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("--signer", "3"))).getMessage());
        assertEquals("a value is required for '--signers <value>'",
                assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("--signers"))).getMessage());
        assertEquals("invalid value 'ten' for '--signers': not a number",
                assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("--signers", "ten")))
                        .getMessage());
        assertEquals("invalid value '0' for '--signers': must be between 1 and 10000",
                assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("--signers=0"))).getMessage());
        assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("--cycle-ms", "5")));
        assertThrows(UsageException.class, () -> DevnetArguments.parse(List.of("serve")));
    }
}
