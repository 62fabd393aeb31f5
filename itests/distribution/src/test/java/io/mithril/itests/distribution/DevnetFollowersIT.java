package io.mithril.itests.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A leader, two followers (child processes of the distribution) and a DMQ relay, as {@code devnet --followers 2 --dmq}
 * runs them: each follower certifies from the signatures diffused over DMQ, its chain passes
 * {@code tools verify-chain}, and its certificates carry the leader's aggregate verification keys.
 */
class DevnetFollowersIT {
    private static final String DEVNET_GENESIS_KEY = "5b33322c3235332c3138362c3230312c3137372c31312c3131372c3133352c"
            + "3138372c3136372c3138312c3138382c32322c35392c3230362c3130352c3233312c3135302c3231352c33302c37382c3231"
            + "322c37362c31362c3235322c3138302c37322c3133342c3133372c3234372c3136312c36385d";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern VERIFIED = Pattern.compile("(?m)^verified (\\d+)/(\\d+) certificates$");

    @TempDir
    Path work;
    private Distribution distribution;

    @AfterEach
    void stop() throws Exception {
        if (distribution != null) {
            distribution.close();
        }
    }

    @Test
    void followersCertifyFromDmqWithTheLeadersKeys() throws Exception {
        distribution = Distribution.copy(work);
        int port = Distribution.freePort();
        distribution.start(Map.of(), "devnet", "--followers", "2", "--dmq", "--server-port", Integer.toString(port),
                "--data-dir", work.resolve("devnet-data").toString(), "--epoch-duration-ms", "6000",
                "--signers", "6");

        for (int follower = 1; follower <= 2; follower++) {
            int followerPort = port + follower;
            HttpResponse<String> own = distribution.await(followerPort, "/aggregator/certificates",
                    Duration.ofSeconds(240), r -> r.statusCode() == 200 && ownEpochs(r) >= 2);
            assertNotNull(own, "follower " + follower + " never answered\n" + distribution.log());
            assertTrue(ownEpochs(own) >= 2, "follower " + follower + " certified too little: " + own.body()
                    + "\n" + distribution.log());
        }
        Map<Long, String> leaderKeys = keysByEpoch(distribution.get(port, "/aggregator/certificates"));
        for (int follower = 1; follower <= 2; follower++) {
            int followerPort = port + follower;
            assertVerifies(followerPort);
            Map<Long, String> followerKeys = keysByEpoch(distribution.get(followerPort, "/aggregator/certificates"));
            int compared = 0;
            for (Map.Entry<Long, String> entry : followerKeys.entrySet()) {
                if (leaderKeys.containsKey(entry.getKey())) {
                    assertEquals(leaderKeys.get(entry.getKey()), entry.getValue(),
                            "follower " + follower + " epoch " + entry.getKey() + ": not the leader's AVK");
                    compared++;
                }
            }
            assertTrue(compared >= 2, "too few common epochs: " + followerKeys.keySet() + " vs "
                    + leaderKeys.keySet());
        }
        assertVerifies(port);
    }

    /**
     * Epochs for which the follower sealed a certificate itself: those with more than one certificate in its list
     * (it keeps only the leader's first certificate of each epoch when it synchronises, so a second one is its own).
     */
    private static int ownEpochs(HttpResponse<String> response) {
        try {
            Map<Long, Integer> perEpoch = new HashMap<>();
            for (JsonNode certificate : JSON.readTree(response.body())) {
                if (!certificate.path("previous_hash").asText().isEmpty()) {
                    perEpoch.merge(certificate.path("epoch").asLong(), 1, Integer::sum);
                }
            }
            return (int) perEpoch.values().stream().filter(count -> count >= 2).count();
        } catch (Exception e) {
            return 0;
        }
    }

    private static Map<Long, String> keysByEpoch(HttpResponse<String> response) throws Exception {
        Map<Long, String> keys = new HashMap<>();
        for (JsonNode certificate : JSON.readTree(response.body())) {
            if (!certificate.path("previous_hash").asText().isEmpty()) {
                String previous = keys.putIfAbsent(certificate.path("epoch").asLong(),
                        certificate.path("aggregate_verification_key").asText());
                if (previous != null) {
                    assertEquals(previous, certificate.path("aggregate_verification_key").asText(),
                            "two AVKs in one epoch");
                }
            }
        }
        assertFalse(keys.isEmpty(), response.body());
        return keys;
    }

    private void assertVerifies(int port) throws Exception {
        Distribution.Result result = distribution.run(Map.of(), "tools", "verify-chain", "--aggregator-endpoint",
                "http://127.0.0.1:" + port + "/aggregator", "--genesis-verification-key", DEVNET_GENESIS_KEY);
        Matcher verified = VERIFIED.matcher(result.out());
        assertTrue(verified.find(), result.out() + result.err());
        System.out.println("port " + port + " tools verify-chain: " + verified.group());
        assertEquals(verified.group(1), verified.group(2), result.out() + result.err());
        assertEquals(0, result.exitCode(), result.out() + result.err());
    }
}
