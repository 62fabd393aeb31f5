package io.mithril.core.internal;

import java.util.List;
import java.util.Optional;

import io.mithril.spi.signedentity.SignedEntityPlugin;

/** The signed-entity plugins the runtime works with: installed and enabled by {@code signed_entity_types}. */
public interface EnabledPlugins {

    /** The enabled plugins, in processing order. */
    List<SignedEntityPlugin> enabled();

    /** True when the type is listed in {@code signed_entity_types} (MithrilStakeDistribution always is). */
    boolean isConfigured(String discriminant);

    /** The enabled plugin of a type. */
    default Optional<SignedEntityPlugin> find(String discriminant) {
        return enabled().stream().filter(p -> p.discriminant().equals(discriminant)).findFirst();
    }
}
