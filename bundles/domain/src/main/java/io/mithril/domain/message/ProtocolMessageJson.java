package io.mithril.domain.message;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import io.mithril.domain.ProtocolMessage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * {@code {"message_parts":{key: value, ...}}} with the keys in hash order. Unlike the reference client, a key outside
 * the reference's enum is read as a plugin part (hashed after the reference's parts, see {@link ProtocolMessage}); the
 * future {@code "rigid"} hash scheme (not used on Pythagoras) is an error.
 */
public final class ProtocolMessageJson {
    static final String MESSAGE_PARTS = "message_parts";
    static final String HASH_SCHEME = "hash_scheme";

    private ProtocolMessageJson() {
    }

    public static final class Serializer extends JsonSerializer<ProtocolMessage> {
        @Override
        public void serialize(ProtocolMessage value, JsonGenerator gen, SerializerProvider serializers)
                throws IOException {
            gen.writeStartObject();
            gen.writeObjectFieldStart(MESSAGE_PARTS);
            for (Map.Entry<String, String> part : value.wireParts().entrySet()) {
                gen.writeStringField(part.getKey(), part.getValue());
            }
            gen.writeEndObject();
            gen.writeEndObject();
        }
    }

    public static final class Deserializer extends JsonDeserializer<ProtocolMessage> {
        @Override
        public ProtocolMessage deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = p.readValueAsTree();
            JsonNode scheme = node.get(HASH_SCHEME);
            if (scheme != null && !scheme.isNull()) {
                throw JsonMappingException.from(p, "unsupported protocol message hash scheme " + scheme);
            }
            JsonNode parts = node.get(MESSAGE_PARTS);
            if (parts == null || !parts.isObject()) {
                throw JsonMappingException.from(p, "protocol message without message_parts object");
            }
            ProtocolMessage message = ProtocolMessage.empty();
            for (Iterator<Map.Entry<String, JsonNode>> it = parts.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> part = it.next();
                if (!part.getValue().isTextual()) {
                    throw JsonMappingException.from(p, "protocol message part " + part.getKey() + " is not a string");
                }
                try {
                    message = message.with(part.getKey(), part.getValue().textValue());
                } catch (IllegalArgumentException e) {
                    throw JsonMappingException.from(p, "invalid protocol message part " + part.getKey(), e);
                }
            }
            return message;
        }
    }
}
