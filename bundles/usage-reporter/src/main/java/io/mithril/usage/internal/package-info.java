/** The usage reporter (aggregator.md §9): counter deltas written as {@code Metrics} events. Not exported. */
package io.mithril.usage.internal;
