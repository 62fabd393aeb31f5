package io.mithril.core.internal.config;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SigningConfig;

/**
 * The keys of configuration PID {@code io.mithril.aggregator} the runtime reads (aggregator.md §6.2), typed.
 * Values arrive as the launcher typed them (Long, Boolean, Double, String) or as text from {@code .cfg} files, so
 * every reader accepts both.
 *
 * @param protocolParameters the leader's {@code protocol_parameters}: only a fallback for epochs without a stored
 *        {@code epoch_setting} row (aggregator.md §2.2); empty when not configured
 * @param storeRetentionLimit {@code store_retention_limit}; empty disables pruning
 * @param allowRegistrationWithoutOpcert our explicit test-network switch (the reference's compile-time
 *        {@code allow_skip_signer_certification})
 */
public record AggregatorSettings(String network, Optional<ProtocolParameters> protocolParameters,
        SigningConfig cardanoTransactionsSigningConfig, SigningConfig cardanoBlocksTransactionsSigningConfig,
        Duration runInterval, OptionalLong storeRetentionLimit, String genesisVerificationKey,
        String cardanoNodeVersion, String chainObserverType, boolean allowRegistrationWithoutOpcert,
        String customOriginTagWhiteList, Optional<String> leaderAggregatorEndpoint) {

    public static final String NETWORK = "network";
    public static final String PROTOCOL_PARAMETERS_K = "protocol_parameters.k";
    public static final String PROTOCOL_PARAMETERS_M = "protocol_parameters.m";
    public static final String PROTOCOL_PARAMETERS_PHI_F = "protocol_parameters.phi_f";
    public static final String RUN_INTERVAL = "run_interval";
    public static final String STORE_RETENTION_LIMIT = "store_retention_limit";
    public static final String GENESIS_VERIFICATION_KEY = "genesis_verification_key";
    public static final String CARDANO_NODE_VERSION = "cardano_node_version";
    public static final String CHAIN_OBSERVER_TYPE = "chain_observer_type";
    public static final String ALLOW_REGISTRATION_WITHOUT_OPCERT = "allow_registration_without_opcert";
    public static final String CUSTOM_ORIGIN_TAG_WHITE_LIST = "custom_origin_tag_white_list";
    public static final String LEADER_AGGREGATOR_ENDPOINT = "leader_aggregator_endpoint";
    public static final String CTX_SECURITY_PARAMETER = "cardano_transactions_signing_config.security_parameter";
    public static final String CTX_STEP = "cardano_transactions_signing_config.step";
    public static final String CBTX_SECURITY_PARAMETER = "cardano_blocks_transactions_signing_config.security_parameter";
    public static final String CBTX_STEP = "cardano_blocks_transactions_signing_config.step";

    /** The reference's default run interval when none is configured (its e2e value). */
    static final long DEFAULT_RUN_INTERVAL_MS = 125;
    /** The reference's default CTx/CBTx signing configuration. */
    static final long DEFAULT_SECURITY_PARAMETER = 3000;
    static final long DEFAULT_STEP = 120;

    public static AggregatorSettings fromProperties(Map<String, ?> properties) {
        ConfigValues values = new ConfigValues(properties);
        return new AggregatorSettings(
                values.string(NETWORK).orElse("devnet"),
                protocolParameters(values),
                new SigningConfig(values.unsigned(CTX_SECURITY_PARAMETER).orElse(DEFAULT_SECURITY_PARAMETER),
                        values.unsigned(CTX_STEP).orElse(DEFAULT_STEP)),
                new SigningConfig(values.unsigned(CBTX_SECURITY_PARAMETER).orElse(DEFAULT_SECURITY_PARAMETER),
                        values.unsigned(CBTX_STEP).orElse(DEFAULT_STEP)),
                Duration.ofMillis(values.unsigned(RUN_INTERVAL).orElse(DEFAULT_RUN_INTERVAL_MS)),
                values.unsigned(STORE_RETENTION_LIMIT).map(OptionalLong::of).orElse(OptionalLong.empty()),
                values.string(GENESIS_VERIFICATION_KEY).orElse(""),
                values.string(CARDANO_NODE_VERSION).orElse(""),
                values.string(CHAIN_OBSERVER_TYPE).orElse("pallas"),
                values.bool(ALLOW_REGISTRATION_WITHOUT_OPCERT).orElse(false),
                values.string(CUSTOM_ORIGIN_TAG_WHITE_LIST).orElse(""),
                values.string(LEADER_AGGREGATOR_ENDPOINT));
    }

    private static Optional<ProtocolParameters> protocolParameters(ConfigValues values) {
        Optional<Long> k = values.unsigned(PROTOCOL_PARAMETERS_K);
        Optional<Long> m = values.unsigned(PROTOCOL_PARAMETERS_M);
        Optional<Double> phiF = values.decimal(PROTOCOL_PARAMETERS_PHI_F);
        if (k.isEmpty() || m.isEmpty() || phiF.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ProtocolParameters(k.get(), m.get(), phiF.get()));
    }

    /** True when {@code leader_aggregator_endpoint} is set. */
    public boolean isFollower() {
        return leaderAggregatorEndpoint.isPresent();
    }

    /** The settings a follower runs with: it never reads {@code protocol_parameters} (aggregator.md §3.2). */
    public AggregatorSettings withoutProtocolParameters() {
        return new AggregatorSettings(network, Optional.empty(), cardanoTransactionsSigningConfig,
                cardanoBlocksTransactionsSigningConfig, runInterval, storeRetentionLimit, genesisVerificationKey,
                cardanoNodeVersion, chainObserverType, allowRegistrationWithoutOpcert, customOriginTagWhiteList,
                leaderAggregatorEndpoint);
    }
}
