package io.mithril.core.internal.osgi;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import io.mithril.core.internal.store.Repositories;
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

/** Gathers the store bundle's repository services into one {@link Repositories}; satisfied once the store is up. */
@Component(service = StoreServices.class)
public final class StoreServices {
    @Reference
    private CertificateRepository certificates;
    @Reference
    private OpenMessageRepository openMessages;
    @Reference
    private SingleSignatureRepository singleSignatures;
    @Reference
    private BufferedSignatureRepository bufferedSignatures;
    @Reference
    private SignerRepository signers;
    @Reference
    private SignerRegistrationRepository signerRegistrations;
    @Reference
    private StakePoolRepository stakePools;
    @Reference
    private EpochSettingRepository epochSettings;
    @Reference
    private SignedEntityRepository signedEntities;
    @Reference
    private SignedEntityTypeRepository signedEntityTypes;
    @Reference
    private EventStore events;
    @Reference
    private StoreMaintenance maintenance;
    @Reference
    private StoreTransactions transactions;

    Repositories repositories() {
        return new Repositories(certificates, openMessages, singleSignatures, bufferedSignatures, signers,
                signerRegistrations, stakePools, epochSettings, signedEntities, signedEntityTypes, events,
                maintenance, transactions);
    }
}
