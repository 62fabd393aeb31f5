package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.domain.internal.HashFeed;
import org.junit.jupiter.api.Test;

class ProtocolParametersTest {

    @Test
    void devnetParametersHashAsInEveryDevnetCertificate() {
        ProtocolParameters devnet = new ProtocolParameters(70, 105, 0.95);
        assertEquals(0x00F33333, devnet.phiFU8F24());
        assertEquals("c36d7a800cb88eed32791ad2de7a37d758ed878c3c721b254a9a29e42cc6ad4f", devnet.computeHash());
    }

    @Test
    void rustGoldenUsesRoundHalfEvenNotTruncation() {
        ProtocolParameters golden = new ProtocolParameters(1000, 100, 0.123);
        assertEquals(0x001F7CEE, golden.phiFU8F24());
        assertEquals("ace019657cd995b0dfbb1ce8721a1092715972c4ae0171cc636ab4a44e6e4279", golden.computeHash());
        String truncated = HashFeed.sha256().u64(1000).u64(100).u32(0x001F7CED).hex();
        assertNotEquals(truncated, golden.computeHash());
    }

    @Test
    void equivalenceSeesPhiOnlyThroughU8F24() {
        ProtocolParameters base = new ProtocolParameters(70, 105, 0.95);
        ProtocolParameters belowResolution = new ProtocolParameters(70, 105, 0.95 + 1e-9);
        assertTrue(base.isEquivalentTo(belowResolution));
        assertEquals(base.computeHash(), belowResolution.computeHash());
        assertFalse(base.isEquivalentTo(new ProtocolParameters(70, 105, 0.96)));
        assertFalse(base.isEquivalentTo(new ProtocolParameters(71, 105, 0.95)));
        assertFalse(base.isEquivalentTo(new ProtocolParameters(70, 106, 0.95)));
    }
}
