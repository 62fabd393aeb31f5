package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborReader;
import io.mithril.ouroboros.cbor.CborWriter;
import io.mithril.ouroboros.dmq.LocalMsgNotificationMessage.ClientDone;
import io.mithril.ouroboros.dmq.LocalMsgNotificationMessage.ReplyBlocking;
import io.mithril.ouroboros.dmq.LocalMsgNotificationMessage.ReplyNonBlocking;
import io.mithril.ouroboros.dmq.LocalMsgNotificationMessage.Request;
import java.util.ArrayList;
import java.util.List;

/**
 * Exact CBOR of LocalMsgNotification. Decoding is label-driven: after the label exactly the fields of that label are
 * read and the outer array count is ignored, which is what makes pallas 1.1.1's blocking reply ({@code 83 02 9f…ff}:
 * header 3, two elements) readable at all — a strict CBOR decoder waits forever for its third element.
 */
public final class LocalMsgNotificationCodec {
    private LocalMsgNotificationCodec() {
    }

    /** Encodes with the dmq-node form of the blocking reply. */
    public static byte[] encode(LocalMsgNotificationMessage message) {
        return encode(message, BlockingReplyForm.DMQ_NODE);
    }

    public static byte[] encode(LocalMsgNotificationMessage message, BlockingReplyForm form) {
        CborWriter out = new CborWriter();
        if (message instanceof Request request) {
            out.arrayHeader(2).unsigned(0).bool(request.blocking());
        } else if (message instanceof ReplyNonBlocking reply) {
            out.arrayHeader(3).unsigned(1);
            writeMessages(out, reply.messages());
            out.bool(reply.hasMore());
        } else if (message instanceof ReplyBlocking reply) {
            out.arrayHeader(form == BlockingReplyForm.PALLAS_1_1_1 ? 3 : 2).unsigned(2);
            writeMessages(out, reply.messages());
        } else if (message instanceof ClientDone) {
            out.arrayHeader(1).unsigned(3);
        }
        return out.toByteArray();
    }

    public static LocalMsgNotificationMessage decode(CborReader in) {
        long count = in.readArrayHeader();
        long label = in.readUnsigned();
        LocalMsgNotificationMessage message;
        if (label == 0) {
            message = new Request(in.readBool());
        } else if (label == 1) {
            List<byte[]> messages = readMessages(in);
            message = new ReplyNonBlocking(messages, in.readBool());
        } else if (label == 2) {
            message = new ReplyBlocking(readMessages(in));
            // A future node may add hasMore to the blocking reply (CIP "Issue #15"): with a header of 3 and a bool
            // already received, take it; pallas' header-3 form has nothing after msgs, and the server is silent
            // until our next request, so never wait for it.
            if (count == 3 && in.hasMore() && in.peekBool()) {
                in.readBool();
            }
        } else if (label == 3) {
            message = new ClientDone();
        } else {
            throw new CborException("unknown LocalMsgNotification label " + label);
        }
        if (count == CborReader.INDEFINITE) {
            in.readBreak();
        }
        return message;
    }

    private static void writeMessages(CborWriter out, List<byte[]> messages) {
        out.indefiniteArray();
        messages.forEach(out::raw);
        out.writeBreak();
    }

    /** The msgs array (indefinite as sent by both references; a definite one is accepted too), items framed. */
    private static List<byte[]> readMessages(CborReader in) {
        long count = in.readArrayHeader();
        List<byte[]> messages = new ArrayList<>();
        for (long i = 0; count == CborReader.INDEFINITE ? !in.peekBreak() : i < count; i++) {
            int start = in.position();
            in.skip();
            messages.add(in.slice(start, in.position()));
        }
        if (count == CborReader.INDEFINITE) {
            in.readBreak();
        }
        return messages;
    }
}
