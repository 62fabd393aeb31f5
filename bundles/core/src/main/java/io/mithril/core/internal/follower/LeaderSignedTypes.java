package io.mithril.core.internal.follower;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.mithril.core.internal.EnabledPlugins;
import io.mithril.spi.signedentity.SignedEntityPlugin;

/**
 * A follower signs only the types its leader enables (aggregator.md §3.2): the own enabled plugins restricted to the
 * leader's {@code available_signed_entity_types}. Until the leader has been reached once (a follower started from its
 * stored state while the leader is down) the own configuration applies: a type the leader does not sign then only
 * waits for signatures that never come, which is harmless.
 */
public final class LeaderSignedTypes implements EnabledPlugins {
    private final EnabledPlugins own;
    private volatile Optional<Set<String>> leaderTypes = Optional.empty();

    public LeaderSignedTypes(EnabledPlugins own) {
        this.own = own;
    }

    /** Records the types the leader makes available for the current epoch. */
    public void leaderAllows(List<String> types) {
        leaderTypes = Optional.of(Set.copyOf(types));
    }

    @Override
    public List<SignedEntityPlugin> enabled() {
        Optional<Set<String>> allowed = leaderTypes;
        return own.enabled().stream()
                .filter(p -> allowed.map(types -> types.contains(p.discriminant())).orElse(true)).toList();
    }

    @Override
    public boolean isConfigured(String discriminant) {
        return own.isConfigured(discriminant)
                && leaderTypes.map(types -> types.contains(discriminant)).orElse(true);
    }
}
