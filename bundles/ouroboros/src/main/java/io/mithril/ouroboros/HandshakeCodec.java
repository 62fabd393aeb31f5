package io.mithril.ouroboros;

import io.mithril.ouroboros.HandshakeMessage.AcceptVersion;
import io.mithril.ouroboros.HandshakeMessage.ProposeVersions;
import io.mithril.ouroboros.HandshakeMessage.QueryReply;
import io.mithril.ouroboros.HandshakeMessage.Refuse;
import io.mithril.ouroboros.HandshakeMessage.RefuseReason;
import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborIncompleteException;
import io.mithril.ouroboros.cbor.CborReader;
import io.mithril.ouroboros.cbor.CborWriter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Exact CBOR of the handshake messages. Decoding is label-driven, like pallas: after the outer array header and
 * the label, exactly the fields of that label are read and the header's element count is not trusted.
 */
public final class HandshakeCodec {
    private HandshakeCodec() {
    }

    public static byte[] encode(HandshakeMessage message) {
        CborWriter out = new CborWriter();
        if (message instanceof ProposeVersions propose) {
            out.arrayHeader(2).unsigned(0);
            writeTable(out, propose.versions());
        } else if (message instanceof AcceptVersion accept) {
            out.arrayHeader(3).unsigned(1).unsigned(accept.version());
            accept.data().writeTo(out);
        } else if (message instanceof Refuse refuse) {
            out.arrayHeader(2).unsigned(2);
            writeReason(out, refuse.reason());
        } else if (message instanceof QueryReply reply) {
            out.arrayHeader(2).unsigned(3);
            writeTable(out, reply.versions());
        }
        return out.toByteArray();
    }

    public static HandshakeMessage decode(CborReader in) {
        boolean indefinite = in.readArrayHeader() == CborReader.INDEFINITE;
        long label = in.readUnsigned();
        HandshakeMessage message;
        if (label == 0) {
            message = readProposal(in);
        } else if (label == 1) {
            long version = in.readUnsigned();
            message = new AcceptVersion(version, NodeToClientVersionData.readFrom(in));
        } else if (label == 2) {
            message = new Refuse(readReason(in));
        } else if (label == 3) {
            message = new QueryReply(readProposal(in).versions());
        } else {
            throw new CborException("unknown handshake message label " + label);
        }
        if (indefinite) {
            in.readBreak();
        }
        return message;
    }

    private static void writeTable(CborWriter out, SortedMap<Long, NodeToClientVersionData> versions) {
        out.mapHeader(versions.size());
        for (Map.Entry<Long, NodeToClientVersionData> entry : versions.entrySet()) {
            out.unsigned(entry.getKey());
            entry.getValue().writeTo(out);
        }
    }

    private static ProposeVersions readProposal(CborReader in) {
        long pairs = in.readMapHeader();
        SortedMap<Long, NodeToClientVersionData> versions = new TreeMap<>();
        Set<Long> undecodable = new HashSet<>();
        for (long i = 0; pairs == CborReader.INDEFINITE ? !in.peekBreak() : i < pairs; i++) {
            long version = in.readUnsigned();
            int start = in.position();
            try {
                versions.put(version, NodeToClientVersionData.readFrom(in));
            } catch (CborIncompleteException e) {
                throw e;
            } catch (CborException | IllegalArgumentException e) {
                // Another flavour's version data (e.g. node-to-node): skip it whole, remember the version.
                in.seek(start);
                in.skip();
                undecodable.add(version);
            }
        }
        if (pairs == CborReader.INDEFINITE) {
            in.readBreak();
        }
        return new ProposeVersions(versions, undecodable);
    }

    private static void writeReason(CborWriter out, RefuseReason reason) {
        if (reason instanceof RefuseReason.VersionMismatch mismatch) {
            out.arrayHeader(2).unsigned(0).arrayHeader(mismatch.supportedVersions().size());
            mismatch.supportedVersions().forEach(out::unsigned);
        } else if (reason instanceof RefuseReason.HandshakeDecodeError error) {
            out.arrayHeader(3).unsigned(1).unsigned(error.version()).text(error.message());
        } else if (reason instanceof RefuseReason.Refused refused) {
            out.arrayHeader(3).unsigned(2).unsigned(refused.version()).text(refused.message());
        }
    }

    private static RefuseReason readReason(CborReader in) {
        boolean indefinite = in.readArrayHeader() == CborReader.INDEFINITE;
        long tag = in.readUnsigned();
        RefuseReason reason;
        if (tag == 0) {
            long count = in.readArrayHeader();
            List<Long> versions = new ArrayList<>();
            for (long i = 0; count == CborReader.INDEFINITE ? !in.peekBreak() : i < count; i++) {
                versions.add(in.readUnsigned());
            }
            if (count == CborReader.INDEFINITE) {
                in.readBreak();
            }
            reason = new RefuseReason.VersionMismatch(versions);
        } else if (tag == 1) {
            reason = new RefuseReason.HandshakeDecodeError(in.readUnsigned(), in.readText());
        } else if (tag == 2) {
            reason = new RefuseReason.Refused(in.readUnsigned(), in.readText());
        } else {
            throw new CborException("unknown handshake refuse reason " + tag);
        }
        if (indefinite) {
            in.readBreak();
        }
        return reason;
    }
}
