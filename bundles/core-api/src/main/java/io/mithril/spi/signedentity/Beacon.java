package io.mithril.spi.signedentity;

/**
 * The beacon of a signed entity: what, on the chain, a certificate of this type certifies (certificates.md §4).
 * Each plugin defines its beacons; the core only needs these four views of one.
 */
public interface Beacon {
    /** The epoch of the beacon. */
    long epoch();

    /**
     * The JSON value of this beacon inside a certificate's <code>signed_entity_type</code> object, e.g. <code>15</code>
     * or <code>{"epoch":15,"immutable_file_number":3}</code> or <code>[15,1234]</code>.
     */
    String certificateJson();

    /** The JSON stored in the database and used to restore the beacon (may equal {@link #certificateJson()}). */
    String storageJson();

    /** The bytes this beacon feeds into the certificate hash (certificates.md §2, §4). */
    byte[] hashFeed();

    /** The epoch of a certificate that certifies this beacon (the beacon epoch, except for CSD: epoch + 1). */
    default long certificateEpoch() {
        return epoch();
    }
}
