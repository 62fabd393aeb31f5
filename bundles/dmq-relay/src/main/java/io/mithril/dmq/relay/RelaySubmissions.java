package io.mithril.dmq.relay;

import io.mithril.crypto.cardano.PoolId;
import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.RejectReason;
import io.mithril.ouroboros.dmq.SubmissionHandler;
import io.mithril.ouroboros.dmq.SubmitResult;
import io.mithril.signature.dmq.DmqMessageValidator;
import io.mithril.signature.dmq.DmqValidationException;
import io.mithril.signature.dmq.DropReason;
import io.mithril.signature.dmq.ValidatedDmqMessage;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Decides on each LocalMsgSubmission: decode, validate per {@link RelayValidation}, then add to the mempool.
 * Deviation from dmq-node, on purpose: an undecodable message gets {@code Reject(Invalid)} instead of the connection
 * being torn down, which is friendlier to the tests that use the relay. Thread-safe.
 */
final class RelaySubmissions implements SubmissionHandler {
    private static final Logger LOG = LoggerFactory.getLogger(RelaySubmissions.class);

    private final DmqRelaySettings settings;
    private final RelayMempool mempool;
    private final DmqMessageValidator validator;
    private final Map<PoolId, Long> highestIssueNumbers = new HashMap<>();

    RelaySubmissions(DmqRelaySettings settings, RelayMempool mempool, Clock clock) {
        this.settings = settings;
        this.mempool = mempool;
        this.validator = new DmqMessageValidator(clock, settings.rules());
    }

    @Override
    public SubmitResult submit(byte[] encodedMessage) {
        DmqMessage message;
        try {
            message = DmqMessage.decode(encodedMessage);
        } catch (CborException e) {
            return invalid("DecodeError: " + e.getMessage());
        }
        if (message.messageId().length != 32) {
            return invalid("InvalidSigId: message id of " + message.messageId().length + " bytes");
        }
        if (settings.validation() == RelayValidation.FULL) {
            try {
                ValidatedDmqMessage valid = validator.validate(message);
                SubmitResult refused = checkPool(valid);
                if (refused != null) {
                    return refused;
                }
            } catch (DmqValidationException e) {
                if (e.reason() == DropReason.EXPIRED) {
                    return SubmitResult.rejected(new RejectReason.Expired());
                }
                return invalid(e.reason() + ": " + e.getMessage());
            }
        }
        SubmitResult result = mempool.add(message);
        LOG.debug("DMQ relay: message {} {}", message.messageIdHex(), result.isAccepted() ? "accepted"
                : result.rejection().orElseThrow());
        return result;
    }

    /** Stake stand-in and issue-number monotonicity (dmq.md §4.1 steps 6 and 7). */
    private synchronized SubmitResult checkPool(ValidatedDmqMessage valid) {
        PoolId pool = valid.poolId();
        if (!settings.eligiblePools().test(pool)) {
            return invalid("PoolNotEligible: " + pool);
        }
        long issue = valid.message().operationalCertificate().issueNumber();
        Long highest = highestIssueNumbers.get(pool);
        if (highest != null && Long.compareUnsigned(issue, highest) < 0) {
            return invalid("KESOCertIssueNumberTooLow: " + Long.toUnsignedString(issue) + " < "
                    + Long.toUnsignedString(highest) + " for " + pool);
        }
        highestIssueNumbers.put(pool, issue);
        return null;
    }

    private static SubmitResult invalid(String detail) {
        LOG.debug("DMQ relay: rejected ({})", detail);
        return SubmitResult.rejected(new RejectReason.Invalid(detail));
    }
}
