package io.mithril.devnet;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.mithril.devnet.AggregatorClient.AggregatorClientException;
import io.mithril.devnet.AggregatorClient.Response;

/**
 * Registers each signer once per registration epoch (the aggregator's epoch + 1), retrying on the next cycle while
 * the aggregator has no round open (550) or refuses. The latest registration wins on the aggregator's side, so a
 * repeated registration (e.g. after a restart) is harmless.
 */
final class SignerRegistrar {
    private final AggregatorClient client;
    private final SimulatorListener listener;
    private final Map<String, Long> registeredEpochByParty = new HashMap<>();

    SignerRegistrar(AggregatorClient client, SimulatorListener listener) {
        this.client = Objects.requireNonNull(client, "client");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** @return how many signers were newly registered */
    int registerAll(List<SimulatedSigner> signers, long registrationEpoch, long kesPeriod)
            throws AggregatorClientException {
        int registered = 0;
        for (SimulatedSigner signer : signers) {
            if (Thread.currentThread().isInterrupted()) {
                break;
            }
            Long done = registeredEpochByParty.get(signer.partyId());
            if (done != null && done == registrationEpoch) {
                continue;
            }
            Response response = client.registerSigner(signer.registration(registrationEpoch, kesPeriod));
            if (response.status() == 201) {
                registeredEpochByParty.put(signer.partyId(), registrationEpoch);
                listener.registered(signer.partyId(), registrationEpoch);
                registered++;
            } else if (response.status() == 550) {
                listener.waiting("the aggregator has no registration round open for epoch " + registrationEpoch);
                break; // the round opens for everyone at once
            } else {
                listener.registrationFailed(signer.partyId(), registrationEpoch,
                        response.status() + " " + AggregatorClient.abbreviate(response.body()));
            }
        }
        return registered;
    }
}
