package io.mithril.store.internal;

/**
 * One schema version: a SQL script resource of this bundle, applied in one transaction with the version update.
 *
 * @param resource the script, relative to <code>io/mithril/store/migrations/</code>
 * @param squashedFrom for a squashed script (one that recreates everything from an empty database), the release an
 *        operator must first upgrade an older non-empty database with; {@code null} otherwise
 */
record Migration(int version, String resource, String squashedFrom) {

    static Migration of(int version, String resource) {
        return new Migration(version, resource, null);
    }

    boolean squashed() {
        return squashedFrom != null;
    }
}
