package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProtocolMessageTest {

    @Test
    void rustGoldenHash() {
        ProtocolMessage message = ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, "next-avk-123")
                .with(ProtocolMessagePartKey.SNAPSHOT_DIGEST, "snapshot-digest-123");
        assertEquals("71dee1e558cd647cdbc219a24b766940f568e7e8287c30a8292209ef11666e03", message.computeHash());
    }

    @Test
    void partsIterateInDeclarationOrderNotInsertionOrNameOrder() {
        ProtocolMessage message = ProtocolMessage.empty()
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, "23")
                .with(ProtocolMessagePartKey.CARDANO_BLOCKS_TRANSACTIONS_MERKLE_ROOT, "root")
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, "pp");
        assertEquals(List.of(ProtocolMessagePartKey.CARDANO_BLOCKS_TRANSACTIONS_MERKLE_ROOT,
                        ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, ProtocolMessagePartKey.CURRENT_EPOCH),
                List.copyOf(message.parts().keySet()));
    }

    @Test
    void signedPayloadIsTheAsciiOfTheHexHash() {
        ProtocolMessage message = ProtocolMessage.empty().with(ProtocolMessagePartKey.CURRENT_EPOCH, "15");
        assertArrayEquals(message.computeHash().getBytes(StandardCharsets.US_ASCII), message.signedPayload());
        assertEquals(64, message.signedPayload().length);
    }
}
