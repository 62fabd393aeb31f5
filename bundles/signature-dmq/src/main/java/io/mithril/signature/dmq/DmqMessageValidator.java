package io.mithril.signature.dmq;

import io.mithril.crypto.cardano.OperationalCertificate;
import io.mithril.crypto.cardano.PoolId;
import io.mithril.crypto.cardano.SignerCertification;
import io.mithril.crypto.cardano.SignerCertificationException;
import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.crypto.kes.KesSignature;
import io.mithril.crypto.kes.KesVerificationKey;
import io.mithril.ouroboros.dmq.DmqMessage;
import io.mithril.ouroboros.dmq.DmqOperationalCertificate;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.Objects;

/**
 * Checks one DMQ message the way dmq.md §4.3 recommends (the Rust aggregator checks nothing; a real DMQ node checks
 * the same plus stake): field sizes, message id = Blake2b-256(payload bytes as received), not expired and not too
 * far in the future, KES period within the opcert's validity, the cold key's opcert signature, the KES signature
 * over the payload bytes at evolution {@code kesPeriod − startKesPeriod}; the party id is the pool id of the cold
 * key. Stateless and thread-safe.
 */
public final class DmqMessageValidator {
    private final Clock clock;
    private final DmqValidationRules rules;

    public DmqMessageValidator(Clock clock, DmqValidationRules rules) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public ValidatedDmqMessage validate(DmqMessage message) throws DmqValidationException {
        checkSizes(message);
        byte[] payload = message.payload().bytesToSign();
        if (!MessageDigest.isEqual(DmqMessageIds.of(message.payload()), message.messageId())) {
            throw new DmqValidationException(DropReason.INVALID_MESSAGE_ID, "message id " + message.messageIdHex()
                    + " is not the Blake2b-256 of its payload");
        }
        checkExpiry(message.payload().expiresAt());
        OperationalCertificate opcert = operationalCertificate(message);
        try {
            PoolId pool = SignerCertification.verifyAtKesPeriod(payload,
                    KesSignature.fromBytes(message.kesSignature()), opcert, message.payload().kesPeriod(),
                    rules.maxKesEvolutions());
            return new ValidatedDmqMessage(message, pool);
        } catch (SignerCertificationException e) {
            throw new DmqValidationException(reasonOf(e.reason()), e.getMessage(), e);
        }
    }

    private void checkExpiry(long expiresAt) throws DmqValidationException {
        long now = clock.instant().getEpochSecond();
        if (now > expiresAt) {
            throw new DmqValidationException(DropReason.EXPIRED, "expired at " + expiresAt + ", now " + now);
        }
        if (expiresAt - now > rules.maxExpiryHorizon().getSeconds()) {
            throw new DmqValidationException(DropReason.EXPIRES_TOO_LATE, "expires at " + expiresAt + ", more than "
                    + rules.maxExpiryHorizon().getSeconds() + " s after now " + now);
        }
    }

    private static void checkSizes(DmqMessage message) throws DmqValidationException {
        DmqOperationalCertificate opcert = message.operationalCertificate();
        size("message id", message.messageId().length, 32);
        size("KES signature", message.kesSignature().length, KesSignature.SIZE);
        size("KES verification key", opcert.kesVerificationKey().length, KesVerificationKey.SIZE);
        size("opcert signature", opcert.coldKeySignature().length, Ed25519Signature.SIZE);
        size("cold verification key", message.coldVerificationKey().length, Ed25519VerificationKey.SIZE);
    }

    private static void size(String field, int actual, int expected) throws DmqValidationException {
        if (actual != expected) {
            throw new DmqValidationException(DropReason.INVALID_FIELD_SIZE, field + " is " + actual
                    + " bytes, expected " + expected);
        }
    }

    private static OperationalCertificate operationalCertificate(DmqMessage message) throws DmqValidationException {
        DmqOperationalCertificate opcert = message.operationalCertificate();
        try {
            return OperationalCertificate.of(KesVerificationKey.fromBytes(opcert.kesVerificationKey()),
                    opcert.issueNumber(), opcert.startKesPeriod(), Ed25519Signature.fromBytes(
                            opcert.coldKeySignature()), Ed25519VerificationKey.fromBytes(message.coldVerificationKey()));
        } catch (IllegalArgumentException e) {
            throw new DmqValidationException(DropReason.INVALID_OPCERT_SIGNATURE, "unusable operational certificate: "
                    + e.getMessage(), e);
        }
    }

    private static DropReason reasonOf(SignerCertificationException.Reason reason) {
        return switch (reason) {
            case OPCERT_SIGNATURE_INVALID -> DropReason.INVALID_OPCERT_SIGNATURE;
            case KES_PERIOD_BEFORE_OPCERT_START, KES_PERIOD_OUT_OF_RANGE -> DropReason.KES_PERIOD_OUT_OF_RANGE;
            case KES_SIGNATURE_INVALID -> DropReason.INVALID_KES_SIGNATURE;
        };
    }
}
