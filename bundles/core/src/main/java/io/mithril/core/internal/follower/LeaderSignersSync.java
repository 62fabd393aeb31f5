package io.mithril.core.internal.follower;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.mithril.core.internal.epoch.EpochDataException;
import io.mithril.core.internal.epoch.SignerKeys;
import io.mithril.core.internal.store.Repositories;
import io.mithril.crypto.cardano.SignerCertificationException;
import io.mithril.domain.message.SignerMessage;
import io.mithril.spi.chain.ChainObserver;
import io.mithril.store.SignerRegistrationRecord;

/**
 * Records the leader's {@code next_signers} as the follower's signers of epoch N (aggregator.md §3.1), each verified
 * again by the follower: operational certificate and KES signature, party id from the cold key, and the stake from the
 * follower's own distribution under N. Two deliberate differences (docs/decisions/follower-runtime.md): the KES
 * signature is checked at the evolutions the leader stored ({@code kes_period}), as the epoch service does later,
 * rather than at the follower's current KES period (which fails on long epochs, spec §13 item 10); and the set is
 * saved only when every signer verifies, in one transaction, so a half-synchronised set never yields an AVK that
 * differs from the leader's.
 */
public final class LeaderSignersSync {
    private final Repositories repositories;
    private final ChainObserver chain;
    private final boolean allowWithoutOpcert;
    private final Clock clock;

    public LeaderSignersSync(Repositories repositories, ChainObserver chain, boolean allowWithoutOpcert,
            Clock clock) {
        this.repositories = repositories;
        this.chain = chain;
        this.allowWithoutOpcert = allowWithoutOpcert;
        this.clock = clock;
    }

    /** @throws EpochDataException when the own stakes of N are missing or a signer does not verify */
    public void synchronise(List<SignerMessage> nextSigners, long epoch) throws Exception {
        Map<String, Long> stakes = repositories.stakePools().byEpoch(epoch);
        if (stakes.isEmpty()) {
            throw new EpochDataException("no stake distribution stored under epoch " + epoch
                    + ": the leader's signers cannot be verified yet");
        }
        Instant now = clock.instant();
        List<SignerRegistrationRecord> verified = new ArrayList<>();
        for (SignerMessage signer : nextSigners) {
            verified.add(verify(signer, epoch, stakes, now));
        }
        repositories.transactions().inTransaction(() -> {
            for (SignerRegistrationRecord registration : verified) {
                repositories.signers().markRegistered(registration.signerId(), now);
                repositories.signerRegistrations().save(registration);
            }
        });
    }

    private SignerRegistrationRecord verify(SignerMessage signer, long epoch, Map<String, Long> stakes, Instant now)
            throws Exception {
        SignerKeys keys;
        try {
            keys = SignerKeys.decode(signer.verificationKey(), signer.operationalCertificate(),
                    signer.verificationKeySignature());
        } catch (IllegalArgumentException e) {
            throw refused(signer, e.getMessage(), e);
        }
        Long kesPeriod = signer.kesPeriod();
        if (keys.hasOperationalCertificate()) {
            String poolId;
            try {
                if (kesPeriod == null) {
                    long current = chain.currentKesPeriod().orElse(0L);
                    poolId = keys.certifyAtKesPeriod(current).bech32();
                    kesPeriod = current - keys.operationalCertificate().startKesPeriod();
                } else {
                    poolId = keys.certifyAtEvolutions(kesPeriod).bech32();
                }
            } catch (SignerCertificationException e) {
                throw refused(signer, e.reason() + ": " + e.getMessage(), e);
            }
            if (!poolId.equals(signer.partyId())) {
                throw refused(signer, "its operational certificate is the one of " + poolId, null);
            }
        } else if (!allowWithoutOpcert) {
            throw refused(signer, "no operational certificate", null);
        }
        Long stake = stakes.get(signer.partyId());
        if (stake == null || stake == 0) {
            throw refused(signer, "not in the stake distribution of epoch " + epoch, null);
        }
        return new SignerRegistrationRecord(signer.partyId(), epoch, keys.verificationKeyJsonHex(),
                keys.verificationKeySignatureJsonHex(), keys.operationalCertificateJsonHex(), kesPeriod, stake, now,
                null, null);
    }

    private static EpochDataException refused(SignerMessage signer, String why, Throwable cause) {
        return new EpochDataException("leader signer " + signer.partyId() + " refused: " + why, cause);
    }
}
