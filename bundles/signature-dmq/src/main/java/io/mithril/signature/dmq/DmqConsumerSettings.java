package io.mithril.signature.dmq;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * How the DMQ consumer connects and validates.
 *
 * @param socketPath the DMQ node's local socket ({@code dmq_node_socket_path})
 * @param networkMagic the DMQ network magic (unsigned 32-bit, see {@link DmqConfiguration#networkMagic})
 * @param initialBackoff first wait after a failure; doubles up to {@code maxBackoff}, reset after a good reply
 * @param timeout handshake limit
 * @param deduplicationTtl minimum memory of handed-over message ids
 */
public record DmqConsumerSettings(Path socketPath, long networkMagic, DmqValidationRules rules,
        Duration initialBackoff, Duration maxBackoff, Duration timeout, Duration deduplicationTtl) {
    public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofSeconds(1);
    public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(60);
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);

    public DmqConsumerSettings {
        Objects.requireNonNull(socketPath, "socketPath");
        Objects.requireNonNull(rules, "rules");
        if (networkMagic < 0 || networkMagic > 0xffffffffL) {
            throw new IllegalArgumentException("DMQ network magic " + networkMagic + " outside 0..2^32-1");
        }
    }

    public static DmqConsumerSettings of(Path socketPath, long networkMagic) {
        return new DmqConsumerSettings(socketPath, networkMagic, DmqValidationRules.defaults(),
                DEFAULT_INITIAL_BACKOFF, DEFAULT_MAX_BACKOFF, DEFAULT_TIMEOUT,
                DmqMessageProcessor.DEFAULT_DEDUPLICATION_TTL);
    }

    /**
     * The settings from the aggregator configuration, or empty when {@code dmq_node_socket_path} is not set (DMQ
     * disabled, as in the reference).
     *
     * @throws IllegalArgumentException if DMQ is enabled but its magic or a number is unusable
     */
    public static Optional<DmqConsumerSettings> fromConfiguration(Map<String, ?> properties) {
        Optional<String> socket = DmqConfiguration.string(properties, DmqConfiguration.SOCKET_PATH);
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(of(Path.of(socket.get()), DmqConfiguration.networkMagic(properties))
                .withRules(DmqConfiguration.validationRules(properties)));
    }

    public DmqConsumerSettings withRules(DmqValidationRules newRules) {
        return new DmqConsumerSettings(socketPath, networkMagic, newRules, initialBackoff, maxBackoff, timeout,
                deduplicationTtl);
    }

    public DmqConsumerSettings withBackoff(Duration initial, Duration max) {
        return new DmqConsumerSettings(socketPath, networkMagic, rules, initial, max, timeout, deduplicationTtl);
    }
}
