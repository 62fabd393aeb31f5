package io.mithril.devnet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;

import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.RegistrationEntry;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.message.EpochSettingsMessage;

/**
 * The view a signer builds from the reference's <code>/epoch-settings</code> of epoch 24 and its own stake snapshots
 * (here those certified by the CardanoStakeDistribution artifacts: CSD(X) holds the snapshot stored under X+2).
 */
class EpochViewReaderTest {

    @Test
    void viewFromTheReferenceEpochSettingsMatchesTheReferenceCertificates() throws Exception {
        JsonNode settingsJson = ReferenceData.devnet("epoch-settings.json");
        long epoch = settingsJson.get("epoch").asLong();
        JsonNode msd = ReferenceData.mithrilStakeDistribution(epoch).orElseThrow();
        String configuration = "{\"protocol_parameters\":" + msd.get("protocol_parameters")
                + ",\"available_signed_entity_types\":[\"MithrilStakeDistribution\",\"CardanoStakeDistribution\","
                + "\"CardanoDatabase\",\"SomethingNew\"]}";
        StakeStore stakes = new StakeStore();
        stakes.put(epoch - 1, ReferenceData.stakes(ReferenceData.cardanoStakeDistribution(epoch - 3).orElseThrow()));
        stakes.put(epoch, ReferenceData.stakes(ReferenceData.cardanoStakeDistribution(epoch - 2).orElseThrow()));

        HttpServer server = serve(Map.of("/aggregator/epoch-settings", settingsJson.toString(),
                "/aggregator/protocol-configuration/" + (epoch - 1), configuration,
                "/aggregator/protocol-configuration/" + epoch, configuration));
        try {
            AggregatorClient client = AggregatorClient.of(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort() + "/aggregator"));
            EpochSettingsMessage settings = client.epochSettings();
            List<String> missing = new ArrayList<>();
            SignerEpochView view = new EpochViewReader(client, stakes).read(settings, missing).orElseThrow();

            assertTrue(missing.isEmpty());
            assertEquals(EnumSet.of(SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION,
                    SignedEntityTypeDiscriminant.CARDANO_STAKE_DISTRIBUTION,
                    SignedEntityTypeDiscriminant.CARDANO_DATABASE), view.enabledTypes());
            for (JsonNode certificate : ReferenceData.certificates()) {
                if (certificate.get("epoch").asLong() == epoch) {
                    assertEquals(certificate.get("aggregate_verification_key").asText(),
                            avk(view.currentSigners()), "current signers' AVK = AVK of " + certificate.get("hash"));
                    assertEquals(ReferenceData.parts(certificate).get("next_aggregate_verification_key"),
                            ProtocolMessageComputer.standard(stakes).seedParts(view).parts()
                                    .get(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY));
                }
            }
        } finally {
            server.stop(0);
        }
    }

    @Test
    void missingConfigurationOrStakesAreNamed() throws Exception {
        HttpServer server = serve(Map.of());
        try {
            AggregatorClient client = AggregatorClient.of(URI.create("http://127.0.0.1:"
                    + server.getAddress().getPort() + "/aggregator"));
            List<String> missing = new ArrayList<>();
            EpochSettingsMessage settings = new EpochSettingsMessage(7, null, List.of(), List.of(), null);
            assertTrue(new EpochViewReader(client, new StakeStore()).read(settings, missing).isEmpty());
            assertEquals(List.of("protocol configuration of epoch 6", "stake distribution under epoch 6"), missing);
        } finally {
            server.stop(0);
        }
    }

    private static String avk(List<SignerWithStake> signers) throws Exception {
        List<RegistrationEntry> entries = new ArrayList<>();
        for (SignerWithStake signer : signers) {
            entries.add(new RegistrationEntry(StmJsonHex.decodeVerificationKeyProofOfPossession(
                    signer.verificationKey()).verificationKey(), signer.stake()));
        }
        return StmJsonHex.encode(ClosedKeyRegistration.of(entries).aggregateVerificationKey());
    }

    private static HttpServer serve(Map<String, String> bodies) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = bodies.get(exchange.getRequestURI().getPath());
                byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(body == null ? 404 : 200, bytes.length == 0 ? -1 : bytes.length);
                if (bytes.length > 0) {
                    try (OutputStream out = exchange.getResponseBody()) {
                        out.write(bytes);
                    }
                }
            }
        });
        server.start();
        return server;
    }
}
