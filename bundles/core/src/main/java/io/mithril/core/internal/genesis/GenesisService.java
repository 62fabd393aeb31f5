package io.mithril.core.internal.genesis;

import java.time.Clock;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.GenesisException;
import io.mithril.core.internal.config.AggregatorSettings;
import io.mithril.core.internal.epoch.EpochDataException;
import io.mithril.core.internal.epoch.EpochMultiSigner;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.store.CertificateRecords;
import io.mithril.core.internal.store.EpochSettingsRecords;
import io.mithril.core.internal.store.Repositories;
import io.mithril.core.internal.store.StoredCertificateRetriever;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.domain.Certificate;
import io.mithril.domain.CertificateSignature;
import io.mithril.domain.Epoch;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SignerWithStake;
import io.mithril.domain.chain.CertificateChainVerifier;
import io.mithril.domain.chain.CertificateVerificationException;
import io.mithril.domain.chain.GenesisCertificates;
import io.mithril.domain.chain.GenesisSignatureVerifier;
import io.mithril.domain.chain.StmMultiSignatureVerifier;
import io.mithril.spi.chain.ChainObserver;

/**
 * Genesis certificate creation from the current chain state (certificates.md §6, aggregator.md §2.2): at chain epoch
 * N, the AVK of the signers stored under N and the protocol parameters stored under N−1, as the reference codes it.
 * The certificate is verified with the genesis key before it is stored. Export and import must happen in the same
 * epoch, since both rebuild the message.
 */
public final class GenesisService implements GenesisBootstrap {
    private static final Logger LOG = LoggerFactory.getLogger(GenesisService.class);

    private final Repositories repositories;
    private final ChainObserver chain;
    private final AggregatorSettings settings;
    private final Clock clock;

    public GenesisService(Repositories repositories, ChainObserver chain, AggregatorSettings settings, Clock clock) {
        this.repositories = repositories;
        this.chain = chain;
        this.settings = settings;
        this.clock = clock;
    }

    /** The inputs of the genesis certificate at the current epoch. */
    private record GenesisInputs(Epoch epoch, ProtocolParameters parameters, String avk) {
        ProtocolMessage message() {
            return GenesisCertificates.protocolMessage(avk, parameters, epoch);
        }
    }

    @Override
    public boolean hasGenesis() {
        return repositories.certificates().latestGenesis().isPresent();
    }

    @Override
    public byte[] exportPayload() throws GenesisException {
        return GenesisCertificates.payloadToSign(inputs().message());
    }

    @Override
    public String importSignature(byte[] signature, String genesisVerificationKey) throws GenesisException {
        GenesisSignatureVerifier verifier;
        CertificateSignature.GenesisSignature genesisSignature;
        try {
            verifier = GenesisSignatureVerifier.ed25519(genesisVerificationKey);
            genesisSignature = new CertificateSignature.GenesisSignature(signature);
        } catch (RuntimeException e) {
            throw new GenesisException("invalid genesis key or signature: " + e.getMessage(), e);
        }
        return store(inputs(), genesisSignature, verifier);
    }

    @Override
    public String bootstrap(String genesisSecretKey) throws GenesisException {
        Ed25519SigningKey key;
        try {
            key = Ed25519SigningKey.decode(genesisSecretKey);
        } catch (RuntimeException e) {
            throw new GenesisException("invalid genesis secret key: " + e.getMessage(), e);
        }
        String configured = settings.genesisVerificationKey();
        if (!configured.isBlank() && !configured.equalsIgnoreCase(key.verificationKey().toJsonHex())) {
            LOG.warn("the genesis secret key does not match genesis_verification_key: the runtime will reject the"
                    + " chain");
        }
        GenesisInputs inputs = inputs();
        return store(inputs, GenesisCertificates.sign(inputs.message(), key),
                GenesisSignatureVerifier.ed25519(key.verificationKey()));
    }

    private String store(GenesisInputs inputs, CertificateSignature.GenesisSignature signature,
            GenesisSignatureVerifier genesisVerifier) throws GenesisException {
        Certificate certificate = GenesisCertificates.create(settings.network(), inputs.epoch(), inputs.parameters(),
                inputs.avk(), signature, clock);
        try {
            new CertificateChainVerifier(new StoredCertificateRetriever(repositories.certificates()),
                    new StmMultiSignatureVerifier(), genesisVerifier).verifyGenesisCertificate(certificate);
        } catch (CertificateVerificationException e) {
            throw new GenesisException("the genesis certificate does not verify: " + e.getMessage(), e);
        }
        try {
            repositories.certificates().insert(CertificateRecords.toRecord(certificate));
        } catch (RuntimeException e) {
            throw new GenesisException("cannot store the genesis certificate: " + e.getMessage(), e);
        }
        LOG.info("genesis certificate {} stored at epoch {}", certificate.hash(), inputs.epoch());
        return certificate.hash();
    }

    private GenesisInputs inputs() throws GenesisException {
        long epoch;
        try {
            epoch = chain.currentEpoch().orElseThrow(() -> new GenesisException("the chain has no current epoch"));
        } catch (GenesisException e) {
            throw e;
        } catch (Exception e) {
            throw new GenesisException("cannot read the current epoch: " + e.getMessage(), e);
        }
        ProtocolParameters parameters = repositories.epochSettings().byEpoch(Math.max(0, epoch - 1))
                .map(EpochSettingsRecords::toDomain)
                .orElseThrow(() -> new GenesisException("no epoch settings stored for epoch " + (epoch - 1)))
                .protocolParameters();
        List<SignerWithStake> signers = repositories.signerRegistrations().byEpoch(epoch).stream()
                .map(EpochService::withStake).toList();
        if (signers.isEmpty()) {
            throw new GenesisException("no signer registered for epoch " + epoch + ": register signers during epoch "
                    + (epoch - 1) + " first");
        }
        try {
            String avk = EpochMultiSigner.build(parameters, signers).aggregateVerificationKeyJsonHex();
            return new GenesisInputs(Epoch.of(epoch), parameters, avk);
        } catch (EpochDataException e) {
            throw new GenesisException("cannot compute the genesis AVK: " + e.getMessage(), e);
        }
    }
}
