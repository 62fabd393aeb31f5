package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class CertificateMetadataTest {

    @Test
    void rustGoldenMetadataHash() {
        Instant initiatedAt = Instant.parse("2024-02-12T13:11:47.000123043Z");
        CertificateMetadata metadata = new CertificateMetadata("devnet", "0.1.0",
                new ProtocolParameters(1000, 100, 0.123), initiatedAt, initiatedAt.plusSeconds(100),
                List.of(new StakeDistributionParty("1", 10), new StakeDistributionParty("2", 20)));
        assertEquals("f16631f048b33746aa0141cf607ee53ddb76308725e6912530cc41cc54834206", metadata.computeHash());
    }

    @Test
    void nanosecondsFallBackToZeroOutsideTheI64Range() {
        assertEquals(0L, CertificateMetadata.timestampNanos(Instant.parse("2300-01-01T00:00:00Z")));
        assertEquals(0L, CertificateMetadata.timestampNanos(Instant.parse("1600-01-01T00:00:00Z")));
        // the i64 minimum itself is representable (1677-09-21T00:12:43.145224192Z)
        assertEquals(Long.MIN_VALUE, CertificateMetadata.timestampNanos(Instant.ofEpochSecond(0, Long.MIN_VALUE)));
        assertEquals(Long.MAX_VALUE, CertificateMetadata.timestampNanos(Instant.ofEpochSecond(0, Long.MAX_VALUE)));
    }
}
