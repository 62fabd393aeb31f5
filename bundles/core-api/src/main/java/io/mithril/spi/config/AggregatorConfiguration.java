package io.mithril.spi.config;

/**
 * Where the aggregator's configuration lives. The launcher merges the reference's layers (built-in defaults,
 * <code>config/{run-mode}.json</code>, UPPERCASE environment variables with <code>__</code> nesting, CLI flags) and
 * publishes the result as the properties of ConfigAdmin configuration {@value #PID}: one property per key, in the
 * reference's lower snake_case (<code>server_port</code>, <code>signed_entity_types</code>,
 * <code>protocol_parameters.k</code>: nested keys are joined with a dot). Components read it with an
 * <code>@ObjectClassDefinition</code> whose attribute names map to those keys (<code>server_port()</code>,
 * <code>protocol_parameters_k()</code>... see OSGi DS 112.8.2.2 for the name mapping).
 */
public final class AggregatorConfiguration {
    /** The configuration PID holding every aggregator setting. */
    public static final String PID = "io.mithril.aggregator";

    private AggregatorConfiguration() {
    }
}
