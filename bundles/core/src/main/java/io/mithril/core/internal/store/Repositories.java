package io.mithril.core.internal.store;

import java.util.Objects;

import io.mithril.store.AggregatorStore;
import io.mithril.store.BufferedSignatureRepository;
import io.mithril.store.CertificateRepository;
import io.mithril.store.EpochSettingRepository;
import io.mithril.store.EventStore;
import io.mithril.store.OpenMessageRepository;
import io.mithril.store.SignedEntityRepository;
import io.mithril.store.SignedEntityTypeRepository;
import io.mithril.store.SignerRegistrationRepository;
import io.mithril.store.SignerRepository;
import io.mithril.store.SingleSignatureRepository;
import io.mithril.store.StakePoolRepository;
import io.mithril.store.StoreMaintenance;
import io.mithril.store.StoreTransactions;

/** The repositories the runtime uses, gathered once (OSGi services in the framework, an opened store in tests). */
public record Repositories(CertificateRepository certificates, OpenMessageRepository openMessages,
        SingleSignatureRepository singleSignatures, BufferedSignatureRepository bufferedSignatures,
        SignerRepository signers, SignerRegistrationRepository signerRegistrations, StakePoolRepository stakePools,
        EpochSettingRepository epochSettings, SignedEntityRepository signedEntities,
        SignedEntityTypeRepository signedEntityTypes, EventStore events, StoreMaintenance maintenance,
        StoreTransactions transactions) {

    public Repositories {
        Objects.requireNonNull(certificates);
        Objects.requireNonNull(openMessages);
        Objects.requireNonNull(singleSignatures);
        Objects.requireNonNull(bufferedSignatures);
        Objects.requireNonNull(signers);
        Objects.requireNonNull(signerRegistrations);
        Objects.requireNonNull(stakePools);
        Objects.requireNonNull(epochSettings);
        Objects.requireNonNull(signedEntities);
        Objects.requireNonNull(signedEntityTypes);
        Objects.requireNonNull(events);
        Objects.requireNonNull(maintenance);
        Objects.requireNonNull(transactions);
    }

    public static Repositories of(AggregatorStore store) {
        return new Repositories(store.certificates(), store.openMessages(), store.singleSignatures(),
                store.bufferedSignatures(), store.signers(), store.signerRegistrations(), store.stakePools(),
                store.epochSettings(), store.signedEntities(), store.signedEntityTypes(), store.events(),
                store.maintenance(), store.transactions());
    }
}
