/**
 * Mithril eras (aggregator.md §7): era markers, the {@link io.mithril.era.EraReader} that picks the current and next
 * era at an epoch, and the {@link io.mithril.era.EraChecker} gate (an unsupported current era is critical).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package io.mithril.era;
