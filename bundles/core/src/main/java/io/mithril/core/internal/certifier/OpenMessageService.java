package io.mithril.core.internal.certifier;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import io.mithril.core.internal.EnabledPlugins;
import io.mithril.core.internal.epoch.EpochData;
import io.mithril.core.internal.epoch.EpochDataException;
import io.mithril.core.internal.epoch.EpochMultiSigner;
import io.mithril.core.internal.store.ProtocolMessages;
import io.mithril.core.internal.store.Repositories;
import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;
import io.mithril.domain.SignedEntityType;
import io.mithril.domain.SignedEntityTypeDiscriminant;
import io.mithril.domain.SignedEntityTypes;
import io.mithril.spi.chain.TimePoint;
import io.mithril.spi.signedentity.Beacon;
import io.mithril.spi.signedentity.SignedEntityPlugin;

/**
 * Open messages (aggregator.md §2.4): the enabled plugins are visited in order and the first type whose beacon at the
 * time point has an open, uncertified, unexpired message is worked on, a new message being created (and the buffered
 * signatures replayed) when its beacon has none. Beacons are kept in the reference's canonical database form, which
 * is what incoming signatures are matched against.
 */
public final class OpenMessageService {
    private static final Logger LOG = LoggerFactory.getLogger(OpenMessageService.class);

    private final EnabledPlugins plugins;
    private final Repositories repositories;
    private final ArtifactJobs artifacts;
    private final BufferedSignatureReplay replay;
    private final Clock clock;

    public OpenMessageService(EnabledPlugins plugins, Repositories repositories, ArtifactJobs artifacts,
            BufferedSignatureReplay replay, Clock clock) {
        this.plugins = plugins;
        this.repositories = repositories;
        this.artifacts = artifacts;
        this.replay = replay;
        this.clock = clock;
    }

    /** The open message to work on at this time point, created if needed; empty when every type is done. */
    public Optional<OpenMessage> currentNonCertified(TimePoint timePoint, EpochData epoch) throws Exception {
        for (SignedEntityPlugin plugin : plugins.enabled()) {
            if (!epoch.isSignable(plugin.discriminant()) || artifacts.isLocked(plugin.discriminant())) {
                continue;
            }
            Optional<SignedEntityType> type = typeAt(plugin, timePoint, epoch);
            if (type.isEmpty()) {
                continue;
            }
            int typeId = type.get().databaseId();
            repositories.openMessages().markExpired(typeId, clock.instant());
            Optional<OpenMessage> existing = repositories.openMessages()
                    .byTypeAndBeacon(typeId, type.get().beaconJson()).map(record -> OpenMessage.fromRecord(record, plugins));
            if (existing.isEmpty()) {
                return Optional.of(create(plugin, type.get(), epoch));
            }
            if (!existing.get().certified() && !existing.get().expired()) {
                return existing;
            }
        }
        return Optional.empty();
    }

    /**
     * True when the message should be abandoned: it expired, or its plugin now computes a newer beacon (a new
     * immutable file, a new block range...).
     */
    public boolean isOutdated(OpenMessage message, TimePoint timePoint, EpochData epoch) throws Exception {
        if (message.expired()) {
            return true;
        }
        Optional<SignedEntityPlugin> plugin = plugins.find(message.discriminant());
        if (plugin.isEmpty()) {
            return true;
        }
        return typeAt(plugin.get(), timePoint, epoch).map(type -> !type.equals(message.type())).orElse(false);
    }

    /** Marks the message expired if its time is up, and returns its current state. */
    public OpenMessage refresh(OpenMessage message) {
        repositories.openMessages().markExpired(message.typeId(), clock.instant());
        return repositories.openMessages().byId(message.id()).map(record -> OpenMessage.fromRecord(record, plugins)).orElse(message);
    }

    /** The open messages of an epoch still collecting signatures. */
    public List<OpenMessage> pending(long epoch) {
        return repositories.openMessages().byEpoch(epoch).stream().map(record -> OpenMessage.fromRecord(record, plugins))
                .filter(m -> !m.certified() && !m.expired()).toList();
    }

    /**
     * The plugin's beacon as the reference's typed, canonical signed entity type; empty when the plugin has nothing
     * to sign, is not a type this aggregator can certify, or is signed at another epoch.
     */
    private Optional<SignedEntityType> typeAt(SignedEntityPlugin plugin, TimePoint timePoint, EpochData epoch)
            throws Exception {
        Optional<SignedEntityTypeDiscriminant> discriminant =
                SignedEntityTypeDiscriminant.fromJsonName(plugin.discriminant());
        boolean thirdParty = PluginTypes.isThirdParty(plugin);
        if (!thirdParty && (discriminant.isEmpty() || discriminant.get().isDiscontinued())) {
            LOG.warn("signed entity type {} cannot be certified: a third-party type needs an order() of at least {}",
                    plugin.discriminant(), SignedEntityType.PluginType.FIRST_DATABASE_ID);
            return Optional.empty();
        }
        Optional<Beacon> beacon = plugin.beaconAt(timePoint, epoch);
        if (beacon.isEmpty()) {
            return Optional.empty();
        }
        // The reference's types are rebuilt canonically from the beacon; a third-party type is what its plugin says.
        SignedEntityType type = thirdParty ? PluginTypes.of(plugin, beacon.get())
                : SignedEntityTypes.fromDatabase(discriminant.get().databaseId(), beacon.get().storageJson());
        if (type.certificateEpoch().value() != epoch.epoch()) {
            LOG.warn("{} is not signed at epoch {}: skipped", type, epoch.epoch());
            return Optional.empty();
        }
        return Optional.of(type);
    }

    private OpenMessage create(SignedEntityPlugin plugin, SignedEntityType type, EpochData epoch) throws Exception {
        EpochMultiSigner next = epoch.requireMultiSigners().next().orElseThrow(() -> new EpochDataException(
                "no signer registered for epoch " + epoch.epoch() + ": no next aggregate verification key"));
        Beacon beacon = plugin.parseBeacon(type.beaconJson());
        if (type instanceof SignedEntityType.PluginType) {
            // The open message, certificate and artifact rows reference this id; the reference's ids are migrated.
            repositories.signedEntityTypes().register(type.databaseId(), type.typeName());
        }
        ProtocolMessage message = ProtocolMessages.fromWireParts(plugin.messageParts(beacon, epoch))
                .with(ProtocolMessagePartKey.NEXT_AGGREGATE_VERIFICATION_KEY, next.aggregateVerificationKeyJsonHex())
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS,
                        epoch.nextAggregationSettings().protocolParameters().computeHash())
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, Long.toString(epoch.epoch()));
        Instant now = clock.instant();
        OpenMessage created = new OpenMessage(UUID.randomUUID().toString(), epoch.epoch(), type, message, false,
                false, now, now.plus(plugin.openMessageTimeout()));
        repositories.openMessages().insert(created.toRecord());
        LOG.info("open message {} created for {}", created.id(), type);
        replay.replay(created);
        return repositories.openMessages().byId(created.id()).map(record -> OpenMessage.fromRecord(record, plugins)).orElse(created);
    }
}
