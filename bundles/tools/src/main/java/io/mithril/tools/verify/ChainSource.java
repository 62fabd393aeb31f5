package io.mithril.tools.verify;

import io.mithril.domain.message.CertificateMessage;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/** Where the certificates and artifacts to verify come from. */
public interface ChainSource {

    /** The certificates to start the walks from. */
    List<String> startingCertificates() throws IOException;

    /**
     * One certificate.
     *
     * @return empty when the source does not have it
     * @throws IOException when the source cannot be read or the certificate cannot be decoded
     */
    Optional<CertificateMessage> certificate(String hash) throws IOException;

    /** The artifacts to check against their certificates. */
    List<ServedArtifact> artifacts() throws IOException;

    /** Human-readable name, for messages. */
    String describe();
}
