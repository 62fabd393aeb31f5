package io.mithril.core.internal;

import java.util.List;
import java.util.Optional;

import io.mithril.core.internal.certifier.PluginTypes;
import io.mithril.domain.PluginSignedEntityTypes;
import io.mithril.domain.SignedEntityType;
import io.mithril.spi.signedentity.SignedEntityPlugin;

/**
 * The signed-entity plugins the runtime works with: installed and enabled by {@code signed_entity_types}. They also
 * restore the signed entity types of the enabled third-party plugins (the domain does not know their beacons).
 */
public interface EnabledPlugins extends PluginSignedEntityTypes {

    /** The enabled plugins, in processing order. */
    List<SignedEntityPlugin> enabled();

    /** True when the type is listed in {@code signed_entity_types} (MithrilStakeDistribution always is). */
    boolean isConfigured(String discriminant);

    /** The enabled plugin of a type. */
    default Optional<SignedEntityPlugin> find(String discriminant) {
        return enabled().stream().filter(p -> p.discriminant().equals(discriminant)).findFirst();
    }

    @Override
    default Optional<SignedEntityType> fromDatabase(int databaseId, String beaconJson) {
        return enabled().stream().filter(p -> p.order() == databaseId && PluginTypes.isThirdParty(p)).findFirst()
                .map(p -> PluginTypes.of(p, p.parseBeacon(beaconJson)));
    }

    /** Reads the beacon with the plugin's {@code parseBeacon}, so it must also accept its certificate JSON. */
    @Override
    default Optional<SignedEntityType> fromJson(String typeName, String beaconJson) {
        return find(typeName).filter(PluginTypes::isThirdParty).map(p -> PluginTypes.of(p, p.parseBeacon(beaconJson)));
    }
}
