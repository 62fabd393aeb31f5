package io.mithril.devnet.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;

import io.mithril.spi.config.AggregatorConfiguration;

/**
 * The aggregator configuration, held apart from the command so the command's service properties stay its own (DS
 * merges a component's configuration into its service properties).
 */
@Component(service = DevnetConfiguration.class, configurationPid = AggregatorConfiguration.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class DevnetConfiguration {
    private volatile Map<String, Object> properties = Map.of();

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        this.properties = new HashMap<>(properties);
    }

    Map<String, Object> properties() {
        return properties;
    }
}
