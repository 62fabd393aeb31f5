package io.mithril.ouroboros.dmq;

/** What a LocalMsgSubmission server does with each submitted message (validate, store, answer). */
@FunctionalInterface
public interface SubmissionHandler {
    /** @param encodedMessage the DmqMsg exactly as received (it may not even decode) */
    SubmitResult submit(byte[] encodedMessage);
}
