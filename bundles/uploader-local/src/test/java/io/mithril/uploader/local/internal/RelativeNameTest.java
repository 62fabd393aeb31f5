package io.mithril.uploader.local.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RelativeNameTest {
    @Test
    void acceptsPlainRelativeNames() {
        RelativeName name = RelativeName.require("cardano-database/immutable/00001.tar.zst");
        assertEquals(List.of("cardano-database", "immutable", "00001.tar.zst"), name.segments());
        assertEquals("00001.tar.zst", name.fileName());
        assertTrue(name.startsWith("cardano-database"));
        assertEquals("immutable/00001.tar.zst", name.tail().orElseThrow().toString());
        assertEquals(Path.of("/root/cardano-database/immutable/00001.tar.zst"), name.resolveUnder(Path.of("/root")));
    }

    @Test
    void refusesEveryWayOut() {
        for (String bad : List.of("", "/etc/passwd", "..", "../x", "a/../../x", "a/./b", "a//b", "a/", "./a",
                "a\\..\\b", "..\\x", "C:/x", "c:x", "a/\0/b")) {
            assertFalse(RelativeName.parse(bad).isPresent(), () -> "accepted '" + bad + "'");
            assertThrows(IllegalArgumentException.class, () -> RelativeName.require(bad), bad);
        }
        assertFalse(RelativeName.parse(null).isPresent());
    }

    @Test
    void dotsInsideANameAreFine() {
        assertTrue(RelativeName.parse("ancillary/devnet-e19-i4.ancillary.tar.zst").isPresent());
        assertTrue(RelativeName.parse("a/..b/c..").isPresent());
    }

    @Test
    void encodesSegmentsForUrls() {
        assertEquals("digests/devnet-e19-i4.digests.tar.zst",
                RelativeName.require("digests/devnet-e19-i4.digests.tar.zst").toUrlPath());
        assertEquals("a%20b/%25/%C3%A9~_-.x", RelativeName.require("a b/%/\u00e9~_-.x").toUrlPath());
    }

    @Test
    void tailOfASingleSegmentIsEmpty() {
        assertTrue(RelativeName.require("cardano-database").tail().isEmpty());
    }
}
