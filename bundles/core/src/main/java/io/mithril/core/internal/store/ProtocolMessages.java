package io.mithril.core.internal.store;

import java.util.LinkedHashMap;
import java.util.Map;

import io.mithril.domain.ProtocolMessage;

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
        return new LinkedHashMap<>(message.wireParts());
    }

    /**
     * A message from wire-named parts.
     *
     * A key outside the reference's is a plugin part, hashed after the reference's (see {@link ProtocolMessage}).
     *
     * @throws IllegalArgumentException on a plugin key that is not {@code [a-z0-9_]+}
     */
    public static ProtocolMessage fromWireParts(Map<String, String> parts) {
        ProtocolMessage message = ProtocolMessage.empty();
        for (Map.Entry<String, String> part : parts.entrySet()) {
            message = message.with(part.getKey(), part.getValue());
        }
        return message;
    }
}
