package io.mithril.core.internal.certifier;

import io.mithril.domain.Epoch;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.SignedEntityPlugin;

/** Turns a third-party plugin's beacon into the domain's {@link SignedEntityType.PluginType}. */
public final class PluginTypes {
    private PluginTypes() {
    }

    /** True for a plugin of a type that is not the reference's and has a third-party id (1000 and up). */
    public static boolean isThirdParty(SignedEntityPlugin plugin) {
        return SignedEntityTypeDiscriminant.fromJsonName(plugin.discriminant()).isEmpty()
                && plugin.order() >= SignedEntityType.PluginType.FIRST_DATABASE_ID;
    }

    /** @throws IllegalArgumentException when the plugin is not {@link #isThirdParty(SignedEntityPlugin) third-party} */
    public static SignedEntityType of(SignedEntityPlugin plugin, Beacon beacon) {
        return new SignedEntityType.PluginType(plugin.discriminant(), plugin.order(), Epoch.of(beacon.epoch()),
                Epoch.of(beacon.certificateEpoch()), beacon.certificateJson(), beacon.storageJson(),
                beacon.hashFeed());
    }
}
