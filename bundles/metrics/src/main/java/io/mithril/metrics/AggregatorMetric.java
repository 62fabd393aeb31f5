package io.mithril.metrics;

import java.util.List;

/**
 * The reference aggregator's counters (aggregator.md §9), with their exact Prometheus names, help texts and label
 * names. All are counters reset at start. Note the one name without the {@code mithril_aggregator_} prefix, as in the
 * reference code.
 */
public enum AggregatorMetric {
    CERTIFICATE_DETAIL_TOTAL_SERVED("certificate_detail_total_served_since_startup",
            "Number of certificate details served since startup on a Mithril aggregator node", Labels.CLIENT),
    CARDANO_DB_IMMUTABLE_FILES_RESTORED("mithril_aggregator_cardano_db_immutable_files_restored_since_startup",
            "Number of Cardano immutable files restored since startup on a Mithril aggregator node", Labels.CLIENT),
    CARDANO_DB_ANCILLARY_FILES_RESTORED("mithril_aggregator_cardano_db_ancillary_files_restored_since_startup",
            "Number of Cardano ancillary files restored since startup on a Mithril aggregator node", Labels.CLIENT),
    CARDANO_DB_COMPLETE_RESTORATION("mithril_aggregator_cardano_db_complete_restoration_since_startup",
            "Number of complete Cardano database restoration since startup on a Mithril aggregator node",
            Labels.CLIENT),
    CARDANO_DB_PARTIAL_RESTORATION("mithril_aggregator_cardano_db_partial_restoration_since_startup",
            "Number of partial Cardano database restoration since startup on a Mithril aggregator node",
            Labels.CLIENT),
    ARTIFACT_DETAIL_CARDANO_DATABASE_TOTAL_SERVED(
            "mithril_aggregator_artifact_detail_cardano_database_total_served_since_startup",
            "Number of Cardano database artifact details served since startup on a Mithril aggregator node",
            Labels.CLIENT),
    ARTIFACT_DETAIL_MITHRIL_STAKE_DISTRIBUTION_TOTAL_SERVED(
            "mithril_aggregator_artifact_detail_mithril_stake_distribution_total_served_since_startup",
            "Number of Mithril stake distribution artifact details served since startup on a Mithril aggregator node",
            Labels.CLIENT),
    ARTIFACT_DETAIL_CARDANO_STAKE_DISTRIBUTION_TOTAL_SERVED(
            "mithril_aggregator_artifact_detail_cardano_stake_distribution_total_served_since_startup",
            "Number of Cardano stake distribution artifact details served since startup on a Mithril aggregator node",
            Labels.CLIENT),
    ARTIFACT_DETAIL_CARDANO_TRANSACTION_TOTAL_SERVED(
            "mithril_aggregator_artifact_detail_cardano_transaction_total_served_since_startup",
            "Number of Cardano transaction artifact details served since startup on a Mithril aggregator node",
            Labels.CLIENT),
    ARTIFACT_DETAIL_CARDANO_BLOCKS_TRANSACTIONS_TOTAL_SERVED(
            "mithril_aggregator_artifact_detail_cardano_blocks_transactions_total_served_since_startup",
            "Number of Cardano blocks and transactions artifact details served since startup on a Mithril aggregator"
                    + " node",
            Labels.CLIENT),
    PROOF_CARDANO_TRANSACTION_TOTAL_PROOFS_SERVED(
            "mithril_aggregator_proof_cardano_transaction_total_proofs_served_since_startup",
            "Number of Cardano transaction proofs served since startup on a Mithril aggregator node", Labels.CLIENT),
    PROOF_CARDANO_TRANSACTION_TOTAL_TRANSACTIONS_SERVED(
            "mithril_aggregator_proof_cardano_transaction_total_transactions_served_since_startup",
            "Number of Cardano transaction hashes requested for proof since startup on a Mithril aggregator node",
            Labels.CLIENT),
    PROOF_V2_CARDANO_TRANSACTION_TOTAL_PROOFS_SERVED(
            "mithril_aggregator_proof_v2_cardano_transaction_total_proofs_served_since_startup",
            "Number of Cardano transaction proofs (v2) served since startup on a Mithril aggregator node",
            Labels.CLIENT),
    PROOF_V2_CARDANO_TRANSACTION_TOTAL_TRANSACTIONS_SERVED(
            "mithril_aggregator_proof_v2_cardano_transaction_total_transactions_served_since_startup",
            "Number of Cardano transaction hashes requested for proof (v2) since startup on a Mithril aggregator node",
            Labels.CLIENT),
    PROOF_V2_CARDANO_BLOCK_TOTAL_PROOFS_SERVED(
            "mithril_aggregator_proof_v2_cardano_block_total_proofs_served_since_startup",
            "Number of Cardano block proofs served since startup on a Mithril aggregator node", Labels.CLIENT),
    PROOF_V2_CARDANO_BLOCK_TOTAL_BLOCKS_SERVED(
            "mithril_aggregator_proof_v2_cardano_block_total_blocks_served_since_startup",
            "Number of Cardano block hashes requested for proof since startup on a Mithril aggregator node",
            Labels.CLIENT),
    SIGNER_REGISTRATION_TOTAL_RECEIVED("mithril_aggregator_signer_registration_total_received_since_startup",
            "Number of signer registrations received since startup on a Mithril aggregator node", Labels.ORIGIN),
    SIGNER_REGISTRATION_TOTAL_SUCCESSFUL("mithril_aggregator_signer_registration_total_successful_since_startup",
            "Number of successful signer registrations received since startup on a Mithril aggregator node",
            Labels.ORIGIN),
    /** Label {@code origin_tag} is {@code HTTP} or {@code DMQ} here. */
    SIGNATURE_REGISTRATION_TOTAL_RECEIVED("mithril_aggregator_signature_registration_total_received_since_startup",
            "Number of signature registrations received since startup on a Mithril aggregator node", Labels.ORIGIN),
    /** Label {@code origin_tag} is {@code HTTP} or {@code DMQ} here. */
    SIGNATURE_REGISTRATION_TOTAL_SUCCESSFUL(
            "mithril_aggregator_signature_registration_total_successful_since_startup",
            "Number of successful signature registrations received since startup on a Mithril aggregator node",
            Labels.ORIGIN),
    CERTIFICATE_TOTAL_PRODUCED("mithril_aggregator_certificate_total_produced_since_startup",
            "Number of certificates produced since startup on a Mithril aggregator node", Labels.NONE),
    ARTIFACT_CARDANO_DATABASE_TOTAL_PRODUCED("mithril_aggregator_artifact_cardano_database_total_produced_since_startup",
            "Number of Cardano database artifacts produced since startup on a Mithril aggregator node", Labels.NONE),
    ARTIFACT_MITHRIL_STAKE_DISTRIBUTION_TOTAL_PRODUCED(
            "mithril_aggregator_artifact_mithril_stake_distribution_total_produced_since_startup",
            "Number of Mithril stake distribution artifacts produced since startup on a Mithril aggregator node",
            Labels.NONE),
    ARTIFACT_CARDANO_STAKE_DISTRIBUTION_TOTAL_PRODUCED(
            "mithril_aggregator_artifact_cardano_stake_distribution_total_produced_since_startup",
            "Number of Cardano stake distribution artifacts produced since startup on a Mithril aggregator node",
            Labels.NONE),
    ARTIFACT_CARDANO_TRANSACTION_TOTAL_PRODUCED(
            "mithril_aggregator_artifact_cardano_transaction_total_produced_since_startup",
            "Number of Cardano transaction artifacts produced since startup on a Mithril aggregator node",
            Labels.NONE),
    ARTIFACT_CARDANO_BLOCKS_TRANSACTIONS_TOTAL_PRODUCED(
            "mithril_aggregator_artifact_cardano_blocks_transactions_total_produced_since_startup",
            "Number of Cardano blocks and transactions artifacts produced since startup on a Mithril aggregator node",
            Labels.NONE),
    RUNTIME_CYCLE_SUCCESS("mithril_aggregator_runtime_cycle_success_since_startup",
            "Number of successful runtime cycles since startup on a Mithril aggregator", Labels.NONE),
    RUNTIME_CYCLE_TOTAL("mithril_aggregator_runtime_cycle_total_since_startup",
            "Number of runtime cycles since startup on a Mithril aggregator", Labels.NONE);

    /** Label name of the (whitelisted) client origin tag, also used for the HTTP/DMQ signature origin. */
    public static final String ORIGIN_TAG = "origin_tag";
    /** Label name of the client type (CLI, WASM, LIBRARY or NA). */
    public static final String CLIENT_TYPE = "client_type";

    private final String metricName;
    private final String help;
    private final List<String> labelNames;

    AggregatorMetric(String metricName, String help, List<String> labelNames) {
        this.metricName = metricName;
        this.help = help;
        this.labelNames = labelNames;
    }

    /** The exact Prometheus metric name. */
    public String metricName() {
        return metricName;
    }

    public String help() {
        return help;
    }

    /** Label names, in the order label values are passed to {@link MetricsService}. */
    public List<String> labelNames() {
        return labelNames;
    }

    /** Label name lists, kept apart because an enum constructor cannot read the enum's own static fields. */
    private static final class Labels {
        static final List<String> CLIENT = List.of("origin_tag", "client_type");
        static final List<String> ORIGIN = List.of("origin_tag");
        static final List<String> NONE = List.of();
    }
}
