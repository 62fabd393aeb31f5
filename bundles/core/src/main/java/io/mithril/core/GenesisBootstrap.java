package io.mithril.core;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Creates the genesis certificate of the chain (certificates.md §6) from the current chain state: the epoch N of the
 * chain observer, the signers stored under N and the protocol parameters stored under N−1. Registered as an OSGi
 * service by the core bundle; the {@code genesis} command and the devnet command use it.
 */
@ProviderType
public interface GenesisBootstrap {

    /** True when the store holds a genesis certificate. */
    boolean hasGenesis();

    /**
     * The payload the genesis key must sign ({@code genesis export}): the 64 ASCII hex characters of the genesis
     * protocol-message hash.
     *
     * @throws GenesisException when the chain epoch, the signers or the settings needed are missing
     */
    byte[] exportPayload() throws GenesisException;

    /**
     * Builds the genesis certificate with a signature made offline ({@code genesis import}), verifies it with the given
     * key and stores it.
     *
     * @param signature the 64 raw Ed25519 signature bytes over {@link #exportPayload()}
     * @param genesisVerificationKey JSON-hex (or plain hex) of the 32-byte genesis verification key
     * @return the hash of the stored genesis certificate
     */
    String importSignature(byte[] signature, String genesisVerificationKey) throws GenesisException;

    /**
     * Signs with the genesis secret key and stores the genesis certificate ({@code genesis bootstrap}, test networks).
     *
     * @param genesisSecretKey JSON-hex (or plain hex) of the 32-byte Ed25519 seed
     * @return the hash of the stored genesis certificate
     */
    String bootstrap(String genesisSecretKey) throws GenesisException;
}
