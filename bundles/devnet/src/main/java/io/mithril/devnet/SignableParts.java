package io.mithril.devnet;

import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;

/**
 * The signer side of one signed entity type: which beacon it signs at an epoch and the protocol-message parts
 * specific to it (certificates.md §3.3). The seed parts every message carries are added by
 * {@link ProtocolMessageComputer}.
 */
public interface SignableParts {
    SignedEntityTypeDiscriminant discriminant();

    /** The signed entity type (with its beacon) to sign during {@code epoch}. */
    SignedEntityType beaconAt(long epoch);

    /** {@code message} with this type's parts for {@code type} added. */
    ProtocolMessage addParts(ProtocolMessage message, SignedEntityType type) throws MessageComputationException;

    /** A protocol message cannot be computed from what the signer knows (yet). */
    final class MessageComputationException extends Exception {
        private static final long serialVersionUID = 1L;

        public MessageComputationException(String message) {
            super(message);
        }

        public MessageComputationException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
