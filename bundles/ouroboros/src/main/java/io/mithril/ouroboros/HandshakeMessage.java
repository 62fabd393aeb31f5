package io.mithril.ouroboros;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/** The messages of the handshake mini-protocol (number 0), node-to-client flavour (dmq.md §1.3). */
public sealed interface HandshakeMessage {
    int PROTOCOL = 0;

    /**
     * {@code [0, {version: data}]}. Versions whose data has another shape (e.g. node-to-node data) are kept apart
     * in {@code undecodable} so a responder can refuse them precisely.
     */
    record ProposeVersions(SortedMap<Long, NodeToClientVersionData> versions, Set<Long> undecodable)
            implements HandshakeMessage {
        public ProposeVersions {
            versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
            undecodable = Collections.unmodifiableSet(new TreeSet<>(undecodable));
        }

        public ProposeVersions(SortedMap<Long, NodeToClientVersionData> versions) {
            this(versions, Set.of());
        }
    }

    /** {@code [1, version, data]}. */
    record AcceptVersion(long version, NodeToClientVersionData data) implements HandshakeMessage {
    }

    /** {@code [2, reason]}. */
    record Refuse(RefuseReason reason) implements HandshakeMessage {
    }

    /** {@code [3, {version: data}]}: the answer to a proposal with {@code query = true}. */
    record QueryReply(SortedMap<Long, NodeToClientVersionData> versions) implements HandshakeMessage {
        public QueryReply {
            versions = Collections.unmodifiableSortedMap(new TreeMap<>(versions));
        }
    }

    /** Why a responder refused: {@code [0, [versions]]}, {@code [1, version, text]} or {@code [2, version, text]}. */
    sealed interface RefuseReason {
        record VersionMismatch(List<Long> supportedVersions) implements RefuseReason {
            public VersionMismatch {
                supportedVersions = List.copyOf(supportedVersions);
            }
        }

        record HandshakeDecodeError(long version, String message) implements RefuseReason {
        }

        record Refused(long version, String message) implements RefuseReason {
        }
    }
}
