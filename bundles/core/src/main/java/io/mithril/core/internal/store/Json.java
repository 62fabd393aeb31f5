package io.mithril.core.internal.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import com.fasterxml.jackson.databind.module.SimpleModule;

import io.mithril.domain.ProtocolMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.domain.message.ProtocolMessageJson;

/**
 * The JSON mapper of the core runtime: the domain's settings, protocol messages as {@code {"message_parts":{...}}}, and
 * unchecked failures (the text read is stored or already validated).
 */
public final class Json {
    private static final ObjectMapper MAPPER = MithrilJson.newObjectMapper().registerModule(new SimpleModule()
            .addSerializer(ProtocolMessage.class, new ProtocolMessageJson.Serializer())
            .addDeserializer(ProtocolMessage.class, new ProtocolMessageJson.Deserializer()));

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write JSON: " + e.getMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read " + type.getSimpleName() + " from " + json, e);
        }
    }

    public static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot read JSON " + json, e);
        }
    }

    public static JsonNode tree(String json) {
        try {
            return MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("invalid JSON: " + e.getOriginalMessage(), e);
        }
    }
}
