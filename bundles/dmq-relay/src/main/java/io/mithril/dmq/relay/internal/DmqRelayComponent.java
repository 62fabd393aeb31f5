package io.mithril.dmq.relay.internal;

import io.mithril.dmq.relay.DmqRelay;
import io.mithril.dmq.relay.DmqRelaySettings;
import io.mithril.dmq.relay.RelayValidation;
import io.mithril.ouroboros.dmq.BlockingReplyForm;
import io.mithril.signature.dmq.DmqConfiguration;
import io.mithril.spi.config.AggregatorConfiguration;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link DmqRelay} while {@value #SOCKET_PATH} is configured (our own key, not the reference's). Other keys:
 * {@value #VALIDATION} ({@code full} default, or {@code structural}), {@value #REPLY_FORM} ({@code dmq-node}
 * default, or {@code pallas}), plus the shared {@code dmq_network_magic} / {@code network} / {@code network_magic}
 * and {@code dmq_max_kes_evolutions}, and {@value #MEMPOOL_FILE} (default {@code <socket>.mempool} beside the socket,
 * {@code none} = memory only) so that a restarted relay serves its unexpired messages again. A relay that cannot
 * start (socket in use, corrupt mempool file) is logged and the component stays idle.
 */
@Component(configurationPid = AggregatorConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE,
        immediate = true, service = {})
public final class DmqRelayComponent {
    static final String SOCKET_PATH = "dmq_relay_socket_path";
    static final String VALIDATION = "dmq_relay_validation";
    static final String REPLY_FORM = "dmq_relay_reply_form";
    static final String MEMPOOL_FILE = "dmq_relay_mempool_file";

    private static final Logger LOG = LoggerFactory.getLogger(DmqRelayComponent.class);

    private DmqRelaySettings running;
    private DmqRelay relay;

    @Activate
    public DmqRelayComponent(Map<String, Object> properties) {
        apply(properties);
    }

    @Modified
    void modified(Map<String, Object> properties) {
        apply(properties);
    }

    @Deactivate
    synchronized void deactivate() {
        stop();
    }

    static Optional<DmqRelaySettings> settings(Map<String, ?> properties) {
        Optional<String> socket = DmqConfiguration.string(properties, SOCKET_PATH);
        if (socket.isEmpty()) {
            return Optional.empty();
        }
        RelayValidation validation = switch (DmqConfiguration.string(properties, VALIDATION).orElse("full")
                .toLowerCase(Locale.ROOT)) {
            case "full" -> RelayValidation.FULL;
            case "structural" -> RelayValidation.STRUCTURAL;
            default -> throw new IllegalArgumentException(VALIDATION + " must be full or structural");
        };
        BlockingReplyForm form = switch (DmqConfiguration.string(properties, REPLY_FORM).orElse("dmq-node")
                .toLowerCase(Locale.ROOT)) {
            case "dmq-node" -> BlockingReplyForm.DMQ_NODE;
            case "pallas" -> BlockingReplyForm.PALLAS_1_1_1;
            default -> throw new IllegalArgumentException(REPLY_FORM + " must be dmq-node or pallas");
        };
        Path socketPath = Path.of(socket.get());
        String mempool = DmqConfiguration.string(properties, MEMPOOL_FILE)
                .orElse(DmqRelaySettings.mempoolFileBeside(socketPath).toString());
        return Optional.of(DmqRelaySettings.of(socketPath, DmqConfiguration.networkMagic(properties))
                .withValidation(validation).withReplyForm(form)
                .withRules(DmqConfiguration.validationRules(properties))
                .withMempoolFile("none".equalsIgnoreCase(mempool) ? null : Path.of(mempool)));
    }

    private synchronized void apply(Map<String, Object> properties) {
        Optional<DmqRelaySettings> wanted;
        try {
            wanted = settings(properties);
        } catch (IllegalArgumentException e) {
            LOG.error("DMQ relay disabled: {}", e.getMessage());
            wanted = Optional.empty();
        }
        if (relay != null && wanted.isPresent() && sameRelay(wanted.get(), running)) {
            return;
        }
        stop();
        if (wanted.isEmpty()) {
            return;
        }
        try {
            relay = DmqRelay.start(wanted.get());
            running = wanted.get();
        } catch (IOException e) {
            LOG.error("DMQ relay cannot start on {}: {}", wanted.get().socketPath(), e.getMessage());
        }
    }

    /** The eligibility predicate is a fresh lambda each time: compare the configurable parts only. */
    private static boolean sameRelay(DmqRelaySettings a, DmqRelaySettings b) {
        return b != null && a.socketPath().equals(b.socketPath()) && a.networkMagic() == b.networkMagic()
                && a.validation() == b.validation() && a.replyForm() == b.replyForm() && a.rules().equals(b.rules())
                && a.mempoolFile().equals(b.mempoolFile());
    }

    private void stop() {
        if (relay != null) {
            relay.close();
            relay = null;
            running = null;
        }
    }
}
