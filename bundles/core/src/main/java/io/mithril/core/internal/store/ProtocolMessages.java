package io.mithril.core.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.ProtocolMessagePartKey;

/** Protocol messages as the reference stores them ({@code {"message_parts":{...}}}, hash order) and as plugins give them. */
public final class ProtocolMessages {
    private ProtocolMessages() {
    }

    public static String toJson(ProtocolMessage message) {
        return Json.write(message);
    }

    public static ProtocolMessage fromJson(String json) {
        return Json.read(json, ProtocolMessage.class);
    }

    /** The parts keyed by their wire names, in hash order. */
    public static Map<String, String> wireParts(ProtocolMessage message) {
        Map<String, String> parts = new LinkedHashMap<>();
        message.parts().forEach((key, value) -> parts.put(key.wireName(), value));
        return parts;
    }

    /**
     * A message from wire-named parts.
     *
     * @throws IllegalArgumentException on a key the protocol does not define
     */
    public static ProtocolMessage fromWireParts(Map<String, String> parts) {
        ProtocolMessage message = ProtocolMessage.empty();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            ProtocolMessagePartKey key = ProtocolMessagePartKey.fromWireName(part.getKey()).orElseThrow(
                    () -> new IllegalArgumentException("unknown protocol message part '" + part.getKey() + "'"));
            message = message.with(key, part.getValue());
        }
        return message;
    }
}
