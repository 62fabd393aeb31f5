package io.mithril.ouroboros;

import io.mithril.ouroboros.HandshakeMessage.AcceptVersion;
import io.mithril.ouroboros.HandshakeMessage.ProposeVersions;
import io.mithril.ouroboros.HandshakeMessage.QueryReply;
import io.mithril.ouroboros.HandshakeMessage.Refuse;
import io.mithril.ouroboros.HandshakeMessage.RefuseReason;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeSet;

/** Both sides of the node-to-client handshake (dmq.md §1.3). */
public final class Handshake {
    /** The text dmq-node puts in a refusal for a network magic mismatch. */
    public static final String VERSION_DATA_MISMATCH = "version data mismatch";

    private Handshake() {
    }

    /** A version agreed on by both sides. */
    public record Agreement(long version, NodeToClientVersionData data) {
    }

    /**
     * Client side: proposes {@code versions} and waits for the answer.
     *
     * @return the accepted version, checked against what was proposed
     * @throws HandshakeRefusedException if the node refused
     * @throws ProtocolException if the answer is not a valid acceptance of our proposal
     */
    public static Agreement propose(MuxChannel channel, SortedMap<Long, NodeToClientVersionData> versions,
            Duration timeout) throws IOException {
        channel.send(HandshakeCodec.encode(new ProposeVersions(versions)));
        HandshakeMessage reply = channel.receive(HandshakeCodec::decode, timeout);
        if (reply instanceof Refuse refuse) {
            throw new HandshakeRefusedException(refuse.reason());
        }
        if (reply instanceof AcceptVersion accept) {
            NodeToClientVersionData ours = versions.get(accept.version());
            if (ours == null) {
                throw new ProtocolException("the node accepted version " + accept.version() + " we did not propose");
            }
            if (ours.networkMagic() != accept.data().networkMagic()) {
                throw new ProtocolException("the node accepted network magic " + accept.data().networkMagic()
                        + " instead of " + ours.networkMagic());
            }
            return new Agreement(accept.version(), accept.data());
        }
        if (reply instanceof QueryReply) {
            throw new ProtocolException("the node sent a query reply to a proposal without query");
        }
        throw new ProtocolException("unexpected handshake message " + reply);
    }

    /**
     * Responder side: reads a proposal and answers it. Picks the highest common version; refuses with a version
     * mismatch, a decode error, or {@value #VERSION_DATA_MISMATCH} when the magics differ; answers a query with the
     * supported versions. Accepted data has {@code query = local || remote}.
     *
     * @return the agreement, or empty if the handshake ended without one (refused or query)
     */
    public static Optional<Agreement> respond(MuxChannel channel, SortedMap<Long, NodeToClientVersionData> supported,
            Duration timeout) throws IOException {
        HandshakeMessage message = channel.receive(HandshakeCodec::decode, timeout);
        if (!(message instanceof ProposeVersions proposal)) {
            throw new ProtocolException("expected a version proposal, got " + message);
        }
        HandshakeMessage answer = answer(proposal, supported);
        channel.send(HandshakeCodec.encode(answer));
        if (answer instanceof AcceptVersion accept) {
            return Optional.of(new Agreement(accept.version(), accept.data()));
        }
        return Optional.empty();
    }

    /** The responder's decision for a proposal. */
    public static HandshakeMessage answer(ProposeVersions proposal, SortedMap<Long, NodeToClientVersionData> supported) {
        TreeSet<Long> common = new TreeSet<>(proposal.versions().keySet());
        common.addAll(proposal.undecodable());
        common.retainAll(supported.keySet());
        if (common.isEmpty()) {
            return new Refuse(new RefuseReason.VersionMismatch(new ArrayList<>(supported.keySet())));
        }
        long version = common.last();
        NodeToClientVersionData remote = proposal.versions().get(version);
        if (remote == null) {
            return new Refuse(new RefuseReason.HandshakeDecodeError(version, "undecodable version data"));
        }
        NodeToClientVersionData local = supported.get(version);
        if (local.networkMagic() != remote.networkMagic()) {
            return new Refuse(new RefuseReason.Refused(version, VERSION_DATA_MISMATCH));
        }
        if (remote.query()) {
            return new QueryReply(supported);
        }
        return new AcceptVersion(version, new NodeToClientVersionData(local.networkMagic(),
                local.query() || remote.query()));
    }
}
