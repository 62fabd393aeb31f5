package io.mithril.devnet.internal;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import io.mithril.core.OpenMessageView;
import io.mithril.core.PendingMessage;

/**
 * Shows what the runtime is collecting signatures for (its Signing state), from the core's open-message view, and
 * says loudly when the signers signed another message for the same type: the one symptom a devnet user needs to see
 * when the two sides compute a protocol message differently. Display only: the signers never read it.
 */
final class OpenMessageWatcher {
    private final Supplier<OpenMessageView> view;
    private final ActivityLog log;
    private final Set<String> announced = new HashSet<>();
    private final Set<String> mismatches = new HashSet<>();

    OpenMessageWatcher(Supplier<OpenMessageView> view, ActivityLog log) {
        this.view = view;
        this.log = log;
    }

    void poll() {
        OpenMessageView current = view.get();
        if (current == null) {
            return;
        }
        List<PendingMessage> pending;
        try {
            pending = current.pending();
        } catch (RuntimeException e) {
            return; // the runtime is between epochs; the next poll sees it
        }
        for (PendingMessage message : pending) {
            String key = message.signedEntityTypeJson() + message.signedMessage();
            if (announced.add(key)) {
                log.line("open", message.signedEntityTypeJson() + " awaits signatures (message "
                        + ActivityLog.abbreviate(message.signedMessage()) + ")");
            }
            String signed = log.signedMessageOf(message.signedEntityTypeJson());
            if (signed != null && !signed.equals(message.signedMessage()) && mismatches.add(key)) {
                log.line("MISMATCH", "the signers signed " + message.signedEntityTypeJson() + " message " + signed
                        + " but the aggregator expects " + message.signedMessage() + " (parts "
                        + message.messageParts() + "): no certificate can form");
            }
        }
    }
}
