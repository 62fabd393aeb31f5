package io.mithril.devnet;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.mithril.crypto.bls.BlsVerificationKeyProofOfPossession;
import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.cardano.SignerCertification;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.stm.codec.StmJsonHex;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.message.EpochSettingsMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.ProtocolConfigurationMessage;
import io.mithril.domain.message.ProtocolParametersMessage;
import io.mithril.domain.message.RegisterSignatureMessage;
import io.mithril.domain.message.RegisterSignerMessage;
import io.mithril.domain.message.SignerMessage;
import io.mithril.spi.chain.StakeDistribution;

/**
 * A stand-in for the aggregator's signer routes on a loopback JDK HTTP server, for testing the simulator before and
 * beside the real runtime. Registrations go through the real signer checks (opcert, KES at the chain's period, PoP,
 * stake); signatures are only recorded: the tests verify and aggregate them.
 */
public final class FakeAggregator implements AutoCloseable {
    private final ObjectMapper json = MithrilJson.newObjectMapper();
    private final HttpServer server;
    private final ManualChain chain;
    private final ProtocolParameters parameters;
    private final List<String> types;
    /** Registration epoch → party → signer. */
    final Map<Long, Map<String, SignerWithStake>> registrations = new ConcurrentHashMap<>();
    final List<RegisterSignatureMessage> signatures = new CopyOnWriteArrayList<>();
    final List<String> refusedRegistrations = new CopyOnWriteArrayList<>();
    volatile long epoch;
    volatile boolean roundOpen = true;
    /** How many of the next signatures are answered 500, as while the epoch data is not computed yet. */
    final java.util.concurrent.atomic.AtomicInteger failingSignatures = new java.util.concurrent.atomic.AtomicInteger();

    public FakeAggregator(ManualChain chain, ProtocolParameters parameters, List<String> types) throws IOException {
        this.chain = chain;
        this.parameters = parameters;
        this.types = List.copyOf(types);
        this.epoch = chain.epoch;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/aggregator/", this::handle);
        server.start();
    }

    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/aggregator");
    }

    public List<SignerWithStake> signersRegisteredFor(long registrationEpoch) {
        return new ArrayList<>(registrations.getOrDefault(registrationEpoch, Map.of()).values());
    }

    private void handle(HttpExchange exchange) throws IOException {
        String route = exchange.getRequestURI().getPath().substring("/aggregator/".length());
        try (exchange) {
            if (route.equals("epoch-settings")) {
                reply(exchange, 200, json.writeValueAsString(new EpochSettingsMessage(epoch,
                        ProtocolParametersMessage.from(parameters), messages(epoch - 1), messages(epoch), null)));
            } else if (route.startsWith("protocol-configuration/")) {
                reply(exchange, 200, json.writeValueAsString(new ProtocolConfigurationMessage(
                        ProtocolParametersMessage.from(parameters), null, null, types)));
            } else if (route.equals("register-signer")) {
                register(exchange, json.readValue(exchange.getRequestBody(), RegisterSignerMessage.class));
            } else if (route.equals("register-signatures")) {
                RegisterSignatureMessage signature = json.readValue(exchange.getRequestBody(),
                        RegisterSignatureMessage.class);
                if (failingSignatures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
                    reply(exchange, 500, "{\"message\":\"the epoch data is not computed yet\"}");
                } else {
                    signatures.add(signature);
                    reply(exchange, 201, "");
                }
            } else {
                reply(exchange, 404, "");
            }
        }
    }

    private List<SignerMessage> messages(long registrationEpoch) {
        return new TreeMap<>(registrations.getOrDefault(registrationEpoch, Map.of())).values().stream()
                .map(s -> SignerMessage.from(s.toSigner())).toList();
    }

    private void register(HttpExchange exchange, RegisterSignerMessage body) throws IOException {
        if (!roundOpen) {
            reply(exchange, 550, "{\"message\":\"registration round not yet opened\"}");
            return;
        }
        if (body.epoch() != epoch + 1) {
            reply(exchange, 500, "{\"message\":\"unexpected epoch " + body.epoch() + "\"}");
            return;
        }
        try {
            BlsVerificationKeyProofOfPossession key = StmJsonHex.decodeVerificationKeyProofOfPossession(
                    body.verificationKey());
            String party = SignerCertification.verifyRegistration(key.toBytes(),
                    KesSignature.decode(body.verificationKeySignature()),
                    OperationalCertificate.decode(body.operationalCertificate()), chain.kesPeriod).bech32();
            key.verify();
            StakeDistribution stakes = chain.stakes;
            if (stakes.stakeOf(party) == 0) {
                throw new IllegalArgumentException("unknown pool " + party);
            }
            registrations.computeIfAbsent(body.epoch(), e -> new ConcurrentHashMap<>()).put(party,
                    new SignerWithStake(party, body.verificationKey(), body.verificationKeySignature(),
                            body.operationalCertificate(), body.kesPeriod(), stakes.stakeOf(party)));
            reply(exchange, 201, "");
        } catch (Exception e) {
            refusedRegistrations.add(e.toString());
            reply(exchange, 400, "{\"label\":\"failed_signer_registration\",\"message\":\"" + e.getMessage() + "\"}");
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
