package io.mithril.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.Parameters;
import io.mithril.crypto.stm.SingleSignature;
import io.mithril.crypto.stm.StmException;
import io.mithril.devnet.HttpSignaturePublisher;
import io.mithril.devnet.SignaturePublisher;
import io.mithril.devnet.SimulatedSigner;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.RegisterSignerMessage;

/**
 * The load's signers: devnet pools 0…S−1, with their registration bodies and signatures computed before a burst
 * (in parallel), so that a burst measures the aggregator, not the client.
 */
final class SignerFixture {
    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    private final List<SimulatedSigner> signers;

    SignerFixture(String seed, int count) {
        List<SimulatedSigner> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(new SimulatedSigner(seed, i));
        }
        this.signers = List.copyOf(list);
    }

    List<SimulatedSigner> signers() {
        return signers;
    }

    int size() {
        return signers.size();
    }

    List<RegisterSignerMessage> registrations(long registrationEpoch, long kesPeriod) {
        return IntStream.range(0, signers.size()).parallel()
                .mapToObj(i -> signers.get(i).registration(registrationEpoch, kesPeriod)).toList();
    }

    /** A signature and the body that carries it. */
    record SignedBody(SimulatedSigner signer, SingleSignature signature, String body) {
    }

    /** Every signer signs (those who win at least one lottery index yield a body). */
    List<SignedBody> signatures(SignedEntityType type, ProtocolMessage message, long registrationEpoch,
            Parameters parameters, ClosedKeyRegistration current) {
        return IntStream.range(0, signers.size()).parallel().mapToObj(i -> {
            SimulatedSigner signer = signers.get(i);
            try {
                Optional<SingleSignature> signature = signer.sign(message, registrationEpoch, parameters, current);
                return signature.map(s -> new SignedBody(signer, s, json(HttpSignaturePublisher.body(
                        new SignaturePublisher.Signature(signer, type, s, message)))));
            } catch (StmException e) {
                throw new IllegalStateException(signer + " cannot sign: " + e.getMessage(), e);
            }
        }).flatMap(Optional::stream).toList();
    }

    static String json(Object body) {
        try {
            return JSON.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
