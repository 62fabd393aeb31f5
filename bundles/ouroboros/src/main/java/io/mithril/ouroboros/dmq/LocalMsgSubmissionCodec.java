package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.cbor.CborException;
import io.mithril.ouroboros.cbor.CborReader;
import io.mithril.ouroboros.cbor.CborWriter;
import io.mithril.ouroboros.dmq.LocalMsgSubmissionMessage.Accept;
import io.mithril.ouroboros.dmq.LocalMsgSubmissionMessage.Done;
import io.mithril.ouroboros.dmq.LocalMsgSubmissionMessage.Reject;
import io.mithril.ouroboros.dmq.LocalMsgSubmissionMessage.Submit;

/**
 * Exact CBOR of LocalMsgSubmission. Messages are read label-driven (the outer count is not trusted, as in pallas);
 * reject reasons are checked strictly on their (tag, length) pairs (0,2) (1,1) (2,1) (3,2), like both reference
 * decoders. A submitted DmqMsg is framed as one CBOR item and kept verbatim.
 */
public final class LocalMsgSubmissionCodec {
    private LocalMsgSubmissionCodec() {
    }

    public static byte[] encode(LocalMsgSubmissionMessage message) {
        CborWriter out = new CborWriter();
        if (message instanceof Submit submit) {
            out.arrayHeader(2).unsigned(0).raw(submit.encodedMessage());
        } else if (message instanceof Accept) {
            out.arrayHeader(1).unsigned(1);
        } else if (message instanceof Reject reject) {
            out.arrayHeader(2).unsigned(2);
            writeReason(out, reject.reason());
        } else if (message instanceof Done) {
            out.arrayHeader(1).unsigned(3);
        }
        return out.toByteArray();
    }

    public static LocalMsgSubmissionMessage decode(CborReader in) {
        boolean indefinite = in.readArrayHeader() == CborReader.INDEFINITE;
        long label = in.readUnsigned();
        LocalMsgSubmissionMessage message;
        if (label == 0) {
            int start = in.position();
            in.skip();
            message = new Submit(in.slice(start, in.position()));
        } else if (label == 1) {
            message = new Accept();
        } else if (label == 2) {
            message = new Reject(readReason(in));
        } else if (label == 3) {
            message = new Done();
        } else {
            throw new CborException("unknown LocalMsgSubmission label " + label);
        }
        if (indefinite) {
            in.readBreak();
        }
        return message;
    }

    private static void writeReason(CborWriter out, RejectReason reason) {
        if (reason instanceof RejectReason.Invalid invalid) {
            out.arrayHeader(2).unsigned(0).text(invalid.detail());
        } else if (reason instanceof RejectReason.AlreadyReceived) {
            out.arrayHeader(1).unsigned(1);
        } else if (reason instanceof RejectReason.Expired) {
            out.arrayHeader(1).unsigned(2);
        } else if (reason instanceof RejectReason.Other other) {
            out.arrayHeader(2).unsigned(3).text(other.detail());
        }
    }

    private static RejectReason readReason(CborReader in) {
        long length = in.readArrayHeader();
        long tag = in.readUnsigned();
        if (tag == 0 && length == 2) {
            return new RejectReason.Invalid(in.readText());
        }
        if (tag == 1 && length == 1) {
            return new RejectReason.AlreadyReceived();
        }
        if (tag == 2 && length == 1) {
            return new RejectReason.Expired();
        }
        if (tag == 3 && length == 2) {
            return new RejectReason.Other(in.readText());
        }
        throw new CborException("unknown reject reason (tag " + tag + ", length " + length + ")");
    }
}
