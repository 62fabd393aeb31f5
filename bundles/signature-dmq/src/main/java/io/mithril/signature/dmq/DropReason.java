package io.mithril.signature.dmq;

/** Why a received DMQ message was dropped instead of reaching the signature processor. */
public enum DropReason {
    /** Not a DmqMsg: undecodable CBOR or the wrong structure. */
    MALFORMED,
    /** A field has the wrong size (id 32, KES signature 448, KES vk 32, cert signature 64, cold vk 32 bytes). */
    INVALID_FIELD_SIZE,
    /** The message id is not Blake2b-256 of the payload bytes. */
    INVALID_MESSAGE_ID,
    /** {@code expiresAt} is in the past. */
    EXPIRED,
    /** {@code expiresAt} is further in the future than any honest TTL. */
    EXPIRES_TOO_LATE,
    /** The KES period precedes the opcert start or is past its last evolution. */
    KES_PERIOD_OUT_OF_RANGE,
    /** The cold key's signature over the operational certificate does not verify. */
    INVALID_OPCERT_SIGNATURE,
    /** The KES signature over the payload does not verify with the opcert's KES key. */
    INVALID_KES_SIGNATURE,
    /** The Mithril body (length-prefixed signed entity type and signature) does not decode. */
    INVALID_BODY,
    /** The signed entity type is unknown or discontinued. */
    UNSUPPORTED_SIGNED_ENTITY_TYPE,
    /** The signature processor threw while taking the signature. */
    SINK_FAILED
}
