package io.mithril.spi.signature;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A channel through which single signatures arrive (HTTP route, DMQ consumer, ...). The aggregator calls
 * {@link #open(SignatureSink)} once the signature processor is ready and {@link #close()} when it goes away; between
 * the two, the source submits every signature it receives to the sink.
 */
@ConsumerType
public interface SignatureSource {
    /** The origin tag used in metrics and logs, e.g. <code>HTTP</code> or <code>DMQ</code>. */
    String origin();

    void open(SignatureSink sink);

    void close();
}
