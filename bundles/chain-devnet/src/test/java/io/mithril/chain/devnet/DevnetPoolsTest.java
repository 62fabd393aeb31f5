package io.mithril.chain.devnet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.crypto.cardano.Blake2;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;

class DevnetPoolsTest {
    @Test
    void poolIdRuleMatchesTheReferenceVectors() throws Exception {
        JsonNode cases;
        try (InputStream in = getClass().getResourceAsStream("/vectors/party_ids.json")) {
            cases = new ObjectMapper().readTree(in).get("cases");
        }
        assertEquals(2, cases.size());
        for (JsonNode c : cases) {
            Ed25519VerificationKey vk = Ed25519VerificationKey.fromBytes(
                    HexFormat.of().parseHex(c.get("cold_verification_key").asText()));
            assertEquals(c.get("party_id").asText(), DevnetPools.poolIdOf(vk));
        }
    }

    @Test
    void poolsAreDerivedFromSeedAndIndex() {
        DevnetPool pool = DevnetPools.pool(3);
        assertArrayEquals(Blake2.blake2b256("mithril-devnet-cold:mithril-devnet:3".getBytes(StandardCharsets.UTF_8)),
                pool.coldKeySeed());
        assertArrayEquals(Blake2.blake2b256("mithril-devnet-kes:mithril-devnet:3".getBytes(StandardCharsets.UTF_8)),
                pool.kesSeed());
        assertEquals(DevnetPools.poolIdOf(pool.coldKey().verificationKey()), pool.poolId());
        assertTrue(pool.poolId().startsWith("pool1"));
        assertEquals(pool.poolId(), DevnetPools.pool("mithril-devnet", 3).poolId());
        assertNotEquals(pool.poolId(), DevnetPools.pool("other-seed", 3).poolId());
        assertNotEquals(pool.poolId(), DevnetPools.pool(4).poolId());
    }

    @Test
    void stakesAreSkewedPositiveAndDistinct() {
        List<DevnetPool> pools = DevnetPools.pools(10);
        assertEquals(10, new HashSet<>(pools.stream().map(DevnetPool::stake).toList()).size());
        for (int i = 1; i < pools.size(); i++) {
            assertTrue(pools.get(i).stake() > 0);
            assertTrue(pools.get(i - 1).stake() > pools.get(i).stake(), "decreasing stakes");
        }
        assertTrue(pools.get(0).stake() > 5 * pools.get(9).stake(), "the largest pool dwarfs the smallest");
    }

    @Test
    void distributionMapsPoolIdsToStakes() {
        Map<String, Long> stakes = DevnetPools.distribution(4).stakeByPoolId();
        assertEquals(4, stakes.size());
        for (DevnetPool pool : DevnetPools.pools(4)) {
            assertEquals(pool.stake(), stakes.get(pool.poolId()));
        }
        assertEquals(DevnetPools.distribution(4), DevnetPools.distribution(DevnetPools.DEFAULT_SEED, 4));
    }
}
