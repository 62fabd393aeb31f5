package io.mithril.core.internal.registration;

import io.mithril.api.OriginTagWhitelist;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.SignerRegistrar;
import io.mithril.core.SignerRegistrationException;
import io.mithril.core.SignerRegistrationException.Kind;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.epoch.SignerKeys;
import io.mithril.core.internal.store.Json;
import io.mithril.core.internal.store.Repositories;
import io.mithril.crypto.cardano.SignerCertificationException;
import io.mithril.crypto.stm.KeyRegistration;
import io.mithril.crypto.stm.StmException;
import io.mithril.domain.message.RegisterSignerMessage;
import io.mithril.domain.message.SignerWithStakeMessage;
import io.mithril.metrics.AggregatorMetric;
import io.mithril.metrics.MetricsService;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.store.SignerRegistrationRecord;

/**
 * The leader's signer registration (aggregator.md §1.3): decode, check the open round and its epoch, certify the key
 * (operational certificate + KES signature at the chain's KES period ±1, party id from the cold key; or, only with
 * {@code allow_registration_without_opcert}, the body's party id), check the stake and the proof of possession, then
 * store the registration (the latest one wins), the signer and the {@code register_signer} event.
 */
public final class SignerRegisterer implements SignerRegistrar {
    static final String EVENT_SOURCE = "HTTP::signer_register";
    static final String EVENT_ACTION = "register_signer";
    private static final Logger LOG = LoggerFactory.getLogger(SignerRegisterer.class);

    private final RegistrationRounds rounds;
    private final Repositories repositories;
    private final ChainObserver chain;
    private final AggregatorSettings settings;
    private final OriginTagWhitelist originTags;
    private final MetricsService metrics;
    private final Clock clock;

    public SignerRegisterer(RegistrationRounds rounds, Repositories repositories, ChainObserver chain,
            AggregatorSettings settings, MetricsService metrics, Clock clock) {
        this.rounds = rounds;
        this.repositories = repositories;
        this.chain = chain;
        this.settings = settings;
        this.originTags = OriginTagWhitelist.withCustomTags(settings.customOriginTagWhiteList());
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void register(RegisterSignerMessage message, String originTag, String signerNodeVersion)
            throws SignerRegistrationException {
        String tag = originTags.resolve(originTag);
        metrics.increment(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_RECEIVED, tag);
        SignerKeys keys = decode(message);
        if (settings.isFollower()) {
            throw new SignerRegistrationException(Kind.FOLLOWER,
                    "RegistrationRoundAlwaysClosedOnFollowerAggregator: a follower aggregator never accepts signer"
                            + " registrations");
        }
        RegistrationRound round = rounds.current().orElseThrow(() -> new SignerRegistrationException(
                Kind.ROUND_NOT_OPENED, "a signer registration round has not yet to be opened"));
        if (message.epoch() != round.epoch()) {
            throw new SignerRegistrationException(Kind.UNEXPECTED_EPOCH, "unexpected signer registration round"
                    + " epoch: current_round_epoch: " + round.epoch() + ", received_epoch: " + message.epoch());
        }
        Certified certified = certify(keys, message, round);
        SignerWithStakeMessage signer = store(message, keys, certified, round.epoch());
        recordEvent(signer, round.epoch() - 1, signerNodeVersion);
        metrics.increment(AggregatorMetric.SIGNER_REGISTRATION_TOTAL_SUCCESSFUL, tag);
    }

    private static SignerKeys decode(RegisterSignerMessage message) throws SignerRegistrationException {
        try {
            return SignerKeys.decode(message.verificationKey(), message.operationalCertificate(),
                    message.verificationKeySignature());
        } catch (RuntimeException e) {
            throw new SignerRegistrationException(Kind.UNDECODABLE, e.getMessage(), e);
        }
    }

    /** The party and stake a verified key is registered with, and the KES evolutions its signature was checked at. */
    private record Certified(String partyId, long stake, Long kesEvolutions) {
    }

    private Certified certify(SignerKeys keys, RegisterSignerMessage message, RegistrationRound round)
            throws SignerRegistrationException {
        String partyId;
        Long kesEvolutions = null;
        if (keys.hasOperationalCertificate()) {
            long kesPeriod = currentKesPeriod();
            try {
                partyId = keys.certifyAtKesPeriod(kesPeriod).bech32();
            } catch (SignerCertificationException e) {
                throw failed(e.reason() + ": " + e.getMessage(), e);
            }
            kesEvolutions = kesPeriod - keys.operationalCertificate().startKesPeriod();
        } else if (settings.allowRegistrationWithoutOpcert()) {
            partyId = message.partyId();
        } else {
            throw failed("OpCertMissing: the signer sent no operational certificate", null);
        }
        Long stake = partyId == null ? null : round.stakes().get(partyId);
        if (stake == null || stake == 0) {
            throw failed("party '" + partyId + "' is not in the stake distribution of epoch " + round.epoch(), null);
        }
        try {
            new KeyRegistration().register(keys.verificationKey(), stake);
        } catch (StmException e) {
            throw failed("ConcatenationKeyInvalid: " + e.getMessage(), e);
        }
        return new Certified(partyId, stake, kesEvolutions);
    }

    private long currentKesPeriod() throws SignerRegistrationException {
        try {
            return chain.currentKesPeriod().orElse(0L);
        } catch (Exception e) {
            throw new SignerRegistrationException(Kind.INTERNAL, "cannot read the current KES period: "
                    + e.getMessage(), e);
        }
    }

    /**
     * Stores the signer and its registration under the round epoch. The KES period stored is the message's (the
     * reference re-verifies with it later); when a certified signer sends none, the evolutions it was checked at.
     */
    private SignerWithStakeMessage store(RegisterSignerMessage message, SignerKeys keys, Certified certified,
            long epoch) throws SignerRegistrationException {
        Long kesPeriod = message.kesPeriod() != null ? message.kesPeriod() : certified.kesEvolutions();
        Instant now = clock.instant();
        SignerRegistrationRecord registration = new SignerRegistrationRecord(certified.partyId(), epoch,
                keys.verificationKeyJsonHex(), keys.verificationKeySignatureJsonHex(),
                keys.operationalCertificateJsonHex(), kesPeriod, certified.stake(), now, null, null);
        try {
            repositories.transactions().inTransaction(() -> {
                repositories.signers().markRegistered(certified.partyId(), now);
                repositories.signerRegistrations().save(registration);
            });
        } catch (RuntimeException e) {
            throw new SignerRegistrationException(Kind.INTERNAL, "cannot record the signer: " + e.getMessage(), e);
        }
        return new SignerWithStakeMessage(certified.partyId(), registration.verificationKey(),
                registration.verificationKeySignature(), registration.operationalCertificate(), kesPeriod,
                certified.stake());
    }

    private void recordEvent(SignerWithStakeMessage signer, long currentEpoch, String signerNodeVersion) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (signerNodeVersion != null) {
            headers.put("signer-node-version", signerNodeVersion);
        }
        headers.put("epoch", Long.toString(currentEpoch));
        try {
            repositories.events().append(EVENT_SOURCE, EVENT_ACTION, Json.write(signer), headers);
        } catch (RuntimeException e) {
            LOG.warn("register_signer event of {} not recorded: {}", signer.partyId(), e.getMessage());
        }
    }

    private static SignerRegistrationException failed(String message, Throwable cause) {
        return new SignerRegistrationException(Kind.FAILED_VERIFICATION, message, cause);
    }
}
