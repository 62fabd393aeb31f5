package io.mithril.devnet.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * How follower <i>i</i> of a devnet is started: a <code>serve</code> child process of the same distribution whose
 * whole configuration is in its environment, like the reference's end-to-end aggregators 1..n (aggregator.md §3.6).
 *
 * @param index 1..N
 * @param directory <code>{data dir}/follower-i</code>: its stores, snapshots and log
 */
record FollowerLaunch(int index, String serverIp, int serverPort, Path directory, URI leaderEndpoint,
        Path dmqSocket) {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    /**
     * The leader's settings a follower takes as they are: the same network and devnet chain (seed, pools, epoch
     * length), the same genesis key and signed types, and the keys <code>serve</code> requires. Everything that
     * locates the leader (port, stores, relay socket, metrics port) is left out and set per follower.
     */
    static final List<String> SHARED_KEYS = List.of("network", "network_magic", "dmq_network_magic",
            "cardano_cli_path", "cardano_node_socket_path", "cardano_node_version", "run_interval",
            "devnet_epoch_duration_ms", "devnet_stake_distribution", "devnet_start_epoch", "devnet_signers",
            "devnet_seed", "genesis_verification_key", "ancillary_files_signer_config", "protocol_parameters.k",
            "protocol_parameters.m", "protocol_parameters.phi_f", "signed_entity_types", "era_reader_adapter_type",
            "era_reader_adapter_params", "snapshot_uploader_type", "aggregate_signature_type",
            "store_retention_limit", "allow_registration_without_opcert", "signature_processor_wait_delay_on_error_ms");

    /** The inherited variables a JVM needs; every other one is dropped so the leader's settings cannot leak in. */
    static final List<String> INHERITED_VARIABLES = List.of("PATH", "HOME", "USER", "LANG", "LC_ALL", "TZ", "TMPDIR",
            "JAVA_HOME", "JAVA_OPTS");

    static FollowerLaunch of(int index, DevnetSettings leader, Path dataDirectory, Path dmqSocket) {
        String ip = leader.endpoint().getHost().replace("[", "").replace("]", "");
        return new FollowerLaunch(index, ip, leader.serverPort() + index,
                dataDirectory.resolve("follower-" + index), leader.endpoint(), dmqSocket);
    }

    Path storesDirectory() {
        return directory.resolve("stores");
    }

    Path logFile() {
        return directory.resolve("aggregator.log");
    }

    URI endpoint() {
        String host = serverIp.contains(":") ? "[" + serverIp + "]" : serverIp;
        return URI.create("http://" + host + ":" + serverPort + "/aggregator");
    }

    /** <code>{home}/bin/mithril-aggregator -vv serve</code>: INFO lines in the log, which is what one reads there. */
    List<String> command(Path home) {
        return List.of(home.resolve("bin").resolve("mithril-aggregator").toString(), "-vv", "serve");
    }

    /**
     * The child's environment: the allowed inherited variables, the leader's {@link #SHARED_KEYS} as
     * <code>UPPER__CASE</code> variables, then this follower's own keys.
     */
    Map<String, String> environment(Map<String, ?> leaderConfiguration, Map<String, String> inherited) {
        Map<String, String> environment = new TreeMap<>();
        for (String name : INHERITED_VARIABLES) {
            if (inherited.get(name) != null) {
                environment.put(name, inherited.get(name));
            }
        }
        for (String key : SHARED_KEYS) {
            Object value = leaderConfiguration.get(key);
            if (value != null && !value.toString().isBlank()) {
                environment.put(variable(key), text(value));
            }
        }
        environment.put("CHAIN_OBSERVER_TYPE", "devnet");
        environment.put("LEADER_AGGREGATOR_ENDPOINT", leaderEndpoint.toString());
        environment.put("DMQ_NODE_SOCKET_PATH", dmqSocket.toString());
        environment.put("SERVER_IP", serverIp);
        environment.put("SERVER_PORT", Integer.toString(serverPort));
        environment.put("DATA_STORES_DIRECTORY", storesDirectory().toString());
        environment.put("SNAPSHOT_DIRECTORY", directory.resolve("snapshots").toString());
        environment.put("ENABLE_METRICS_SERVER", "false");
        return environment;
    }

    /** The launcher's naming: UPPERCASE, nesting with <code>__</code>. */
    static String variable(String key) {
        return key.replace(".", "__").toUpperCase(Locale.ROOT);
    }

    private static String text(Object value) {
        if (value instanceof Map || value instanceof List) {
            try {
                return MAPPER.writeValueAsString(value);
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("not JSON: " + value, e);
            }
        }
        return value.toString();
    }
}
