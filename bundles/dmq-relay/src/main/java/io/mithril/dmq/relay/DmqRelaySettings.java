package io.mithril.dmq.relay;

import io.mithril.crypto.cardano.PoolId;
import io.mithril.ouroboros.MuxSettings;
import io.mithril.ouroboros.dmq.BlockingReplyForm;
import io.mithril.signature.dmq.DmqValidationRules;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * How a {@link DmqRelay} runs.
 *
 * @param eligiblePools stands for the node's stake check (§4.1 step 6); everyone by default
 * @param replyForm {@link BlockingReplyForm#PALLAS_1_1_1} imitates mithril-relay's malformed blocking reply
 * @param mempoolFile where the mempool is kept across restarts ({@link RelayMempool#persistent}); empty = memory only
 */
public record DmqRelaySettings(Path socketPath, long networkMagic, RelayValidation validation,
        BlockingReplyForm replyForm, DmqValidationRules rules, Predicate<PoolId> eligiblePools, int capacity,
        MuxSettings mux, Optional<Path> mempoolFile) {
    /** The conventional mempool file beside a socket: {@code <socket>.mempool}. */
    public static Path mempoolFileBeside(Path socketPath) {
        return socketPath.resolveSibling(socketPath.getFileName() + ".mempool");
    }

    public DmqRelaySettings {
        Objects.requireNonNull(socketPath, "socketPath");
        Objects.requireNonNull(validation, "validation");
        Objects.requireNonNull(replyForm, "replyForm");
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(eligiblePools, "eligiblePools");
        Objects.requireNonNull(mux, "mux");
        Objects.requireNonNull(mempoolFile, "mempoolFile");
    }

    /** Full validation, dmq-node reply form, every pool eligible, 10000 messages, mempool in memory only. */
    public static DmqRelaySettings of(Path socketPath, long networkMagic) {
        return new DmqRelaySettings(socketPath, networkMagic, RelayValidation.FULL, BlockingReplyForm.DMQ_NODE,
                DmqValidationRules.defaults(), pool -> true, RelayMempool.DEFAULT_CAPACITY, MuxSettings.defaults(),
                Optional.empty());
    }

    public DmqRelaySettings withValidation(RelayValidation newValidation) {
        return new DmqRelaySettings(socketPath, networkMagic, newValidation, replyForm, rules, eligiblePools,
                capacity, mux, mempoolFile);
    }

    public DmqRelaySettings withReplyForm(BlockingReplyForm newForm) {
        return new DmqRelaySettings(socketPath, networkMagic, validation, newForm, rules, eligiblePools, capacity,
                mux, mempoolFile);
    }

    public DmqRelaySettings withRules(DmqValidationRules newRules) {
        return new DmqRelaySettings(socketPath, networkMagic, validation, replyForm, newRules, eligiblePools,
                capacity, mux, mempoolFile);
    }

    public DmqRelaySettings withEligiblePools(Predicate<PoolId> pools) {
        return new DmqRelaySettings(socketPath, networkMagic, validation, replyForm, rules, pools, capacity, mux,
                mempoolFile);
    }

    /** Keeps the mempool in {@code file} (see {@link #mempoolFileBeside}); {@code null} keeps it in memory only. */
    public DmqRelaySettings withMempoolFile(Path file) {
        return new DmqRelaySettings(socketPath, networkMagic, validation, replyForm, rules, eligiblePools, capacity,
                mux, Optional.ofNullable(file));
    }
}
