package io.mithril.signature.dmq;

import java.util.Map;
import org.osgi.annotation.versioning.ProviderType;

/**
 * What the DMQ consumer saw since startup, for metrics. Registered as an OSGi service next to the DMQ
 * {@code SignatureSource} while it exists. The processor's own counters
 * ({@code mithril_aggregator_signature_registration_total_received_since_startup{origin_tag="DMQ"}}...) count what
 * reached it ({@link #valid()}); these count what did not.
 */
@ProviderType
public interface DmqConsumerStatistics {
    /** Messages received from the DMQ node, replays included. */
    long received();

    /** Messages that passed every check and were handed to the signature processor. */
    long valid();

    /** Messages whose id had already been handed over (node replays after a reconnection). */
    long duplicates();

    /** Messages dropped for {@code reason}. */
    long invalid(DropReason reason);

    /** Every reason with its count (zeros included), in {@link DropReason} order. */
    Map<DropReason, Long> invalidByReason();

    /** Connections to the DMQ node that completed the handshake. */
    long connections();

    /** Connection attempts or connections that failed (each followed by a back-off). */
    long connectionFailures();
}
