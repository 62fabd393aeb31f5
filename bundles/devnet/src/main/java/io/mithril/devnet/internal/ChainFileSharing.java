package io.mithril.devnet.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Gives a follower the leader's devnet chain: the chain-devnet observer anchors its chain in
 * <code>{data_stores_directory}/devnet-chain.json</code> (genesis hash, anchor instant, slot, epoch and length), so a
 * follower that starts with a copy of the leader's file sees the same blocks and the same epochs at the same
 * instants, as nodes of one network do. The copy is taken at every start: the leader's file is the authority (it
 * moves when the epoch duration changes), and the follower's own copy never diverges from it otherwise.
 */
final class ChainFileSharing {
    static final String CHAIN_FILE = "devnet-chain.json";

    private ChainFileSharing() {
    }

    /** Copies the leader's chain file into the follower's stores directory, atomically (a follower may be reading). */
    static void share(Path leaderStores, Path followerStores) throws IOException {
        Path source = leaderStores.resolve(CHAIN_FILE);
        if (!Files.isRegularFile(source)) {
            throw new IOException("the leader has no devnet chain file at " + source
                    + " (is data_stores_directory ':memory:'?)");
        }
        Files.createDirectories(followerStores);
        Path temporary = followerStores.resolve(CHAIN_FILE + ".copy");
        Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
        Files.move(temporary, followerStores.resolve(CHAIN_FILE), StandardCopyOption.REPLACE_EXISTING,
                StandardCopyOption.ATOMIC_MOVE);
    }
}
