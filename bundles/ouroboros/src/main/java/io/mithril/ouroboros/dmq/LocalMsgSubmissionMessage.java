package io.mithril.ouroboros.dmq;

import java.util.Arrays;
import java.util.HexFormat;

/** The messages of LocalMsgSubmission (mini-protocol 14; dmq.md §2.1). */
public sealed interface LocalMsgSubmissionMessage {
    /** {@code [0, DmqMsg]}: the DmqMsg inline, kept as the exact bytes received. */
    record Submit(byte[] encodedMessage) implements LocalMsgSubmissionMessage {
        public Submit {
            encodedMessage = encodedMessage.clone();
        }

        public static Submit of(DmqMessage message) {
            return new Submit(message.encoded());
        }

        @Override
        public byte[] encodedMessage() {
            return encodedMessage.clone();
        }

        /** Structural decode of the carried message. */
        public DmqMessage message() {
            return DmqMessage.decode(encodedMessage);
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Submit s && Arrays.equals(encodedMessage, s.encodedMessage);
        }

        @Override
        public int hashCode() {
            return Arrays.hashCode(encodedMessage);
        }

        @Override
        public String toString() {
            return "Submit[" + HexFormat.of().formatHex(encodedMessage) + "]";
        }
    }

    /** {@code [1]}. */
    record Accept() implements LocalMsgSubmissionMessage {
    }

    /** {@code [2, reason]}. */
    record Reject(RejectReason reason) implements LocalMsgSubmissionMessage {
    }

    /** {@code [3]}. */
    record Done() implements LocalMsgSubmissionMessage {
    }
}
