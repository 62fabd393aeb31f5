package io.mithril.launcher;

import static io.mithril.launcher.ConfigKey.bool;
import static io.mithril.launcher.ConfigKey.decimal;
import static io.mithril.launcher.ConfigKey.json;
import static io.mithril.launcher.ConfigKey.oneOf;
import static io.mithril.launcher.ConfigKey.string;
import static io.mithril.launcher.ConfigKey.unsigned;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The keys the aggregator understands, with the reference's defaults (aggregator.md §6.2). */
final class ConfigKeys {
    private static final Map<String, ConfigKey> KEYS = new LinkedHashMap<>();

    static {
        add(oneOf("environment", "Production", "Production", "Test"));
        add(string("cardano_cli_path", null).required());
        add(string("cardano_node_socket_path", null).required());
        add(string("dmq_node_socket_path", null));
        add(string("cardano_node_version", null).required());
        add(oneOf("network", null, "mainnet", "preprod", "preview", "devnet", "private").required());
        add(unsigned("network_magic", null));
        add(unsigned("dmq_network_magic", null));
        add(string("chain_observer_type", "pallas"));
        add(unsigned("protocol_parameters.k", null));
        add(unsigned("protocol_parameters.m", null));
        add(decimal("protocol_parameters.phi_f"));
        add(string("snapshot_uploader_type", "gcp"));
        add(string("snapshot_bucket_name", null));
        add(bool("snapshot_use_cdn_domain", false));
        add(string("server_ip", "0.0.0.0"));
        add(unsigned("server_port", 8080L));
        add(string("public_server_url", null));
        add(unsigned("run_interval", null).required());
        add(string("db_directory", "/db"));
        add(string("snapshot_directory", "."));
        add(string("data_stores_directory", null).required());
        add(string("genesis_verification_key", null).required());
        add(bool("reset_digests_cache", false));
        add(bool("disable_digests_cache", false));
        add(unsigned("store_retention_limit", null));
        add(string("era_reader_adapter_type", "bootstrap"));
        add(json("era_reader_adapter_params"));
        add(json("ancillary_files_signer_config").required());
        add(string("signed_entity_types", null));
        add(oneOf("snapshot_compression_algorithm", "zstandard", "gzip", "zstandard"));
        add(unsigned("zstandard_parameters.level", 9L));
        add(unsigned("zstandard_parameters.number_of_workers", 4L));
        add(json("blockfrost_parameters"));
        add(unsigned("signer_importer_run_interval", 720L));
        add(bool("allow_unparsable_block", false));
        add(unsigned("cardano_transactions_prover_cache_pool_size", 10L));
        add(unsigned("cardano_transactions_database_connection_pool_size", 10L));
        add(unsigned("cardano_blocks_transactions_prover_cache_pool_size", 10L));
        add(unsigned("cardano_blocks_transactions_database_connection_pool_size", 10L));
        add(unsigned("cardano_transactions_signing_config.security_parameter", 3000L));
        add(unsigned("cardano_transactions_signing_config.step", 120L));
        add(unsigned("cardano_blocks_transactions_signing_config.security_parameter", 3000L));
        add(unsigned("cardano_blocks_transactions_signing_config.step", 120L));
        add(unsigned("preload_security_parameter", 2160L));
        add(unsigned("cardano_prover_max_hashes_allowed_by_request", 100L));
        add(unsigned("cardano_transactions_block_streamer_max_roll_forwards_per_poll", 10000L));
        add(unsigned("cardano_transactions_block_streamer_throttling_interval", 50L));
        add(bool("enable_metrics_server", false));
        add(string("metrics_server_ip", "0.0.0.0"));
        add(unsigned("metrics_server_port", 9090L));
        add(unsigned("persist_usage_report_interval_in_seconds", 10L));
        add(string("leader_aggregator_endpoint", null));
        add(string("custom_origin_tag_white_list", null));
        add(oneOf("aggregate_signature_type", "Concatenation", "Concatenation"));
        add(unsigned("signature_processor_wait_delay_on_error_ms", 1000L));
        // Keys of our own (not in the reference): the devnet chain observer and test-network switches.
        add(unsigned("devnet_epoch_duration_ms", 30000L));
        add(json("devnet_stake_distribution"));
        add(unsigned("devnet_start_epoch", 1L));
        add(unsigned("devnet_signers", 10L));
        add(string("devnet_seed", "mithril-devnet"));
        add(bool("devnet_pause_when_stopped", false));
        add(string("dmq_relay_socket_path", null));
        add(string("dmq_relay_mempool_file", null));
        add(oneOf("dmq_relay_validation", null, "full", "structural"));
        add(oneOf("dmq_relay_reply_form", null, "dmq-node", "pallas"));
        add(unsigned("dmq_max_kes_evolutions", null));
        add(string("gcp_storage_api_url", null));
        add(unsigned("gcp_resumable_upload_threshold", null));
        add(unsigned("gcp_resumable_chunk_size", null));
        add(bool("gcp_make_objects_public", true));
        add(bool("allow_registration_without_opcert", false));
    }

    private ConfigKeys() {
    }

    private static void add(ConfigKey key) {
        KEYS.put(key.name(), key);
    }

    static Optional<ConfigKey> find(String name) {
        return Optional.ofNullable(KEYS.get(name));
    }

    static Iterable<ConfigKey> all() {
        return KEYS.values();
    }
}
