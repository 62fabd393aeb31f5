package io.mithril.store;

/** A row of <code>immutable_file_digest</code>, the digest cache of immutable files (e.g. <code>00012.chunk</code>). */
public record ImmutableFileDigestRecord(String immutableFileName, String digest) {
}
