package io.mithril.spi.signature;

import org.osgi.annotation.versioning.ProviderType;

/** The aggregator's signature processor, as seen by signature sources. Thread-safe. */
@ProviderType
public interface SignatureSink {
    SignatureOutcome submit(SingleSignatureEnvelope signature);
}
