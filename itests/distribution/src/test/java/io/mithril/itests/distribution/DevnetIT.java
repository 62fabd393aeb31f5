package io.mithril.itests.distribution;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The README's main job: the devnet command on the real distribution produces certificates of both stake-distribution
 * types over several epochs, {@code tools verify-chain} verifies them over HTTP, and a restart on the same data
 * directory continues the same chain.
 */
class DevnetIT {
    /** The genesis key the devnet signs with (the reference's deterministic devnet key). */
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
    void producesAVerifiableChainThatSurvivesARestart() throws Exception {
        distribution = Distribution.copy(work);
        int port = Distribution.freePort();
        Path data = work.resolve("devnet-data");
        String[] devnet = {"devnet", "--server-port", Integer.toString(port), "--data-dir", data.toString(),
            "--epoch-duration-ms", "5000", "--signers", "6"};

        distribution.start(Map.of(), devnet);
        HttpResponse<String> certificates = awaitCertificatesOfBothTypes(port, 3);
        String genesis = genesisHash(port);
        assertVerifies(port);
        int before = JSON.readTree(certificates.body()).size();
        distribution.close();
        // Stay stopped for more than two epochs: the devnet chain pauses with the aggregator, so no epoch gap.
        Thread.sleep(12_000);

        distribution.start(Map.of(), devnet);
        HttpResponse<String> after = distribution.await(port, "/aggregator/certificates", Duration.ofSeconds(90),
                r -> r.statusCode() == 200 && newestEpoch(r) > newestEpoch(certificates));
        assertNotNull(after, distribution.log());
        assertTrue(newestEpoch(after) > newestEpoch(certificates), "no new certificate after the restart:\n"
                + distribution.log());
        assertEquals(genesis, genesisHash(port), "the restarted devnet must continue the same chain");
        assertTrue(JSON.readTree(after.body()).size() >= before);
        assertVerifies(port);
    }

    /** Waits until certificates of MSD and CSD exist for at least {@code epochs} distinct epochs. */
    private HttpResponse<String> awaitCertificatesOfBothTypes(int port, int epochs) throws Exception {
        HttpResponse<String> response = distribution.await(port, "/aggregator/certificates",
                Duration.ofSeconds(150), r -> r.statusCode() == 200 && coverage(r, epochs));
        assertNotNull(response, distribution.log());
        assertTrue(coverage(response, epochs), "not enough certificates: " + response.body() + "\n"
                + distribution.log());
        return response;
    }

    private static boolean coverage(HttpResponse<String> response, int epochs) {
        try {
            Set<Long> msd = new HashSet<>();
            Set<Long> csd = new HashSet<>();
            for (JsonNode certificate : JSON.readTree(response.body())) {
                JsonNode type = certificate.path("signed_entity_type");
                if (type.has("MithrilStakeDistribution") && !certificate.path("previous_hash").asText().isEmpty()
                        && certificate.path("epoch").asLong() > genesisEpoch(response)) {
                    msd.add(certificate.path("epoch").asLong());
                }
                if (type.has("CardanoStakeDistribution")) {
                    csd.add(certificate.path("epoch").asLong());
                }
            }
            return msd.size() >= epochs && csd.size() >= epochs;
        } catch (Exception e) {
            return false;
        }
    }

    private static long genesisEpoch(HttpResponse<String> response) throws Exception {
        long min = Long.MAX_VALUE;
        for (JsonNode certificate : JSON.readTree(response.body())) {
            min = Math.min(min, certificate.path("epoch").asLong());
        }
        return min;
    }

    private static long newestEpoch(HttpResponse<String> response) {
        try {
            JsonNode list = JSON.readTree(response.body());
            return list.size() == 0 ? -1 : list.get(0).path("epoch").asLong();
        } catch (Exception e) {
            return -1;
        }
    }

    private String genesisHash(int port) throws Exception {
        HttpResponse<String> genesis = distribution.get(port, "/aggregator/certificate/genesis");
        assertEquals(200, genesis.statusCode(), genesis.body());
        return JSON.readTree(genesis.body()).path("hash").asText();
    }

    private void assertVerifies(int port) throws Exception {
        Distribution.Result result = distribution.run(Map.of(), "tools", "verify-chain", "--aggregator-endpoint",
                "http://127.0.0.1:" + port + "/aggregator", "--genesis-verification-key", DEVNET_GENESIS_KEY);
        Matcher verified = VERIFIED.matcher(result.out());
        assertTrue(verified.find(), result.out() + result.err());
        System.out.println("tools verify-chain: " + verified.group());
        assertEquals(verified.group(1), verified.group(2), result.out() + result.err());
        assertTrue(Integer.parseInt(verified.group(2)) >= 4, result.out());
        assertEquals(0, result.exitCode(), result.out() + result.err());
    }
}
