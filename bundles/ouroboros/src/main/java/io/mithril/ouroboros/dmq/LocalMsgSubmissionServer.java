package io.mithril.ouroboros.dmq;

import io.mithril.ouroboros.MiniProtocolResponder;
import io.mithril.ouroboros.MuxChannel;
import io.mithril.ouroboros.ProtocolException;
import java.io.IOException;

/** Server side of LocalMsgSubmission: answers each Submit through the handler; after Done, waits for a new run. */
public final class LocalMsgSubmissionServer implements MiniProtocolResponder {
    private final SubmissionHandler handler;

    public LocalMsgSubmissionServer(SubmissionHandler handler) {
        this.handler = handler;
    }

    @Override
    public void serve(MuxChannel channel) throws IOException {
        while (true) {
            LocalMsgSubmissionMessage message = channel.receive(LocalMsgSubmissionCodec::decode);
            if (message instanceof LocalMsgSubmissionMessage.Submit submit) {
                SubmitResult result = handler.submit(submit.encodedMessage());
                LocalMsgSubmissionMessage reply = result.rejection()
                        .<LocalMsgSubmissionMessage>map(LocalMsgSubmissionMessage.Reject::new)
                        .orElseGet(LocalMsgSubmissionMessage.Accept::new);
                channel.send(LocalMsgSubmissionCodec.encode(reply));
            } else if (!(message instanceof LocalMsgSubmissionMessage.Done)) {
                throw new ProtocolException("LocalMsgSubmission: the client sent " + message);
            }
        }
    }
}
