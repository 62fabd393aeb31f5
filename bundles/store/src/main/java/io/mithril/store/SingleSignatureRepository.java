package io.mithril.store;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/** Single signatures collected for open messages. */
@ProviderType
public interface SingleSignatureRepository {
    /**
     * Inserts or replaces a signer's signature of an open message; the open message and the signer's registration
     * for {@code registrationEpoch} must exist.
     */
    void save(SingleSignatureRecord signature);

    /** The signatures of an open message, ordered by signer id. */
    List<SingleSignatureRecord> byOpenMessage(String openMessageId);
}
