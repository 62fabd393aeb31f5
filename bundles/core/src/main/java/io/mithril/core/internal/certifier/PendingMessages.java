package io.mithril.core.internal.certifier;

import java.util.List;

import io.mithril.core.OpenMessageView;
import io.mithril.core.PendingMessage;
import io.mithril.core.internal.epoch.EpochService;
import io.mithril.core.internal.store.Json;
import io.mithril.core.internal.store.ProtocolMessages;
import io.mithril.domain.message.SignedEntityTypeJson;

/** The open messages of the current epoch still collecting signatures, for in-process (simulated) signers. */
public final class PendingMessages implements OpenMessageView {
    private final EpochService epochs;
    private final OpenMessageService openMessages;

    public PendingMessages(EpochService epochs, OpenMessageService openMessages) {
        this.epochs = epochs;
        this.openMessages = openMessages;
    }

    @Override
    public List<PendingMessage> pending() {
        return epochs.data().map(epoch -> openMessages.pending(epoch.epoch()).stream()
                .map(m -> new PendingMessage(Json.write(SignedEntityTypeJson.toJson(m.type())), m.epoch(),
                        m.signedMessage(), ProtocolMessages.wireParts(m.protocolMessage()), m.expiresAt()))
                .toList()).orElse(List.of());
    }
}
