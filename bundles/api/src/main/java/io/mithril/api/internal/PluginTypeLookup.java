package io.mithril.api.internal;

import io.mithril.domain.PluginSignedEntityTypes;

/**
 * The third-party signed entity types the runtime knows right now (a dynamic optional service of the core), so that
 * certificates of plugin types can be rendered; none while no core is running.
 */
final class PluginTypeLookup {
    private volatile PluginSignedEntityTypes types = PluginSignedEntityTypes.NONE;

    PluginSignedEntityTypes get() {
        return types;
    }

    void bind(PluginSignedEntityTypes bound) {
        types = bound;
    }

    void unbind(PluginSignedEntityTypes unbound) {
        if (types == unbound) {
            types = PluginSignedEntityTypes.NONE;
        }
    }
}
