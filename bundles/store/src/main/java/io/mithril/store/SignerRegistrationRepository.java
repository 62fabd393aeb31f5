package io.mithril.store;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** Signers' keys and stakes registered per epoch. The epoch's {@code epoch_setting} row must exist. */
@ProviderType
public interface SignerRegistrationRepository {
    /** Inserts or replaces the registration of (signer, epoch); the signer row must exist. */
    void save(SignerRegistrationRecord registration);

    /** Every registration for an epoch, ordered by signer id. */
    List<SignerRegistrationRecord> byEpoch(long epoch);

    Optional<SignerRegistrationRecord> byEpochAndSigner(long epoch, String signerId);
}
