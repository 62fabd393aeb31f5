/**
 * Persistence API of the aggregator: row records (plain values, JSON kept as text, so the store does not depend on
 * the domain model) and repositories over the reference's SQLite schema (aggregator.md §10). Repositories are OSGi
 * services; {@link io.mithril.store.Stores#open(StoreSettings)} opens the same store off-OSGi (tests, tools).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.store;
