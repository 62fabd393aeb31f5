package io.mithril.spi.signedentity;

import java.time.Duration;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Work a plugin needs done in the background, e.g. importing blocks and transactions before they can be signed.
 * The core runs it every {@link #interval()} on its own thread and logs failures; a run is never overlapped.
 */
@ConsumerType
public interface BackgroundTask {
    String name();

    Duration interval();

    void run() throws Exception;
}
