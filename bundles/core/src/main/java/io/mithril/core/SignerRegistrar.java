package io.mithril.core;

import org.osgi.annotation.versioning.ProviderType;

import io.mithril.domain.message.RegisterSignerMessage;

/**
 * Registers a signer for the next-but-one epoch (aggregator.md §1.3): the pipeline behind
 * {@code POST /aggregator/register-signer}, callable in-process (e.g. by the devnet command's simulated signers).
 * Thread-safe.
 */
@ProviderType
public interface SignerRegistrar {

    /**
     * @param message the registration; {@code epoch} must be the aggregator's current epoch + 1
     * @param originTag the client's {@code mithril-origin-tag} header, or null; replaced by {@code NA} unless
     *        whitelisted (metric label only)
     * @param signerNodeVersion the {@code signer-node-version} header, or null (recorded in the event)
     * @throws SignerRegistrationException with the reason the reference distinguishes (decode, round closed,
     *         unexpected epoch, failed verification, internal failure)
     */
    void register(RegisterSignerMessage message, String originTag, String signerNodeVersion)
            throws SignerRegistrationException;
}
