package io.mithril.chain.devnet.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

import io.mithril.spi.config.AggregatorConfiguration;

/**
 * The aggregator configuration, held by a component of its own. DS merges a component's configuration into its
 * service properties, and the launcher also publishes <code>chain_observer_type</code> under the dotted alias
 * <code>chain.observer.type</code>. If the observer itself were configured by the PID, it would advertise the
 * configured type instead of its own.
 */
@Component(service = AggregatorSettings.class, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class AggregatorSettings {
    private volatile Map<String, Object> properties = Map.of();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        this.properties = new HashMap<>(properties);
    }

    /** The current settings; a new map object after each configuration change. */
    Map<String, Object> properties() {
        return properties;
    }
}
