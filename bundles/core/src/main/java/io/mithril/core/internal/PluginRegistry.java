package io.mithril.core.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.mithril.spi.signedentity.SignedEntityPlugin;

/**
 * The signed-entity plugins that are installed right now, and which of them are enabled by
 * <code>signed_entity_types</code>. Plugins come and go with their bundles (hot deploy): readers always see the
 * current set.
 */
// Also a PluginSignedEntityTypes service, so the read API can render certificates of third-party types.
@Component(service = {PluginRegistry.class, io.mithril.domain.PluginSignedEntityTypes.class},
        configurationPid = "io.mithril.aggregator")
public final class PluginRegistry implements EnabledPlugins {
    private final List<SignedEntityPlugin> installed = new CopyOnWriteArrayList<>();
    private volatile Set<String> configured = SignedEntityTypes.parse(null);

    @Activate
    @Modified
    void configure(Map<String, Object> properties) {
        configured = SignedEntityTypes.parse(properties.get("signed_entity_types"));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void addPlugin(SignedEntityPlugin plugin) {
        installed.add(plugin);
    }

    void removePlugin(SignedEntityPlugin plugin) {
        installed.remove(plugin);
    }

    /** The enabled plugins (installed and configured), in processing order. */
    @Override
    public List<SignedEntityPlugin> enabled() {
        List<SignedEntityPlugin> result = new ArrayList<>();
        for (SignedEntityPlugin plugin : installed) {
            if (configured.contains(plugin.discriminant())) {
                result.add(plugin);
            }
        }
        result.sort(Comparator.comparingInt(SignedEntityPlugin::order));
        return result;
    }

    /** True when the type is configured; used to warn about configured types no installed bundle provides. */
    @Override
    public boolean isConfigured(String discriminant) {
        return configured.contains(discriminant);
    }
}
