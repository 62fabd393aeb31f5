package io.mithril.devnet.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
