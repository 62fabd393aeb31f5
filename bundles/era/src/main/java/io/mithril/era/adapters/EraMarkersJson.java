package io.mithril.era.adapters;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.mithril.era.EraMarker;

/**
 * Era markers in the reference's serde JSON: <code>[{"name":"pythagoras","epoch":1},{"name":"lagrange","epoch":null}]</code>,
 * compact, keys in that order. The compact form is also the message the era-markers signature covers.
 */
public final class EraMarkersJson {
    static final ObjectMapper MAPPER = new ObjectMapper();

    private EraMarkersJson() {
    }

    /** The compact serde form of a marker list. */
    public static String write(List<EraMarker> markers) {
        return toTree(markers).toString();
    }

    static ArrayNode toTree(List<EraMarker> markers) {
        ArrayNode array = MAPPER.createArrayNode();
        for (EraMarker marker : markers) {
            ObjectNode node = array.addObject();
            node.put("name", marker.name());
            if (marker.epoch().isPresent()) {
                node.put("epoch", marker.epoch().get());
            } else {
                node.putNull("epoch");
            }
        }
        return array;
    }

    /** Parses JSON text holding a marker array. */
    public static List<EraMarker> parse(String json) {
        try {
            return parse(MAPPER.readTree(json));
        } catch (IOException e) {
            throw new IllegalArgumentException("era markers: not JSON: " + e.getMessage(), e);
        }
    }

    /**
     * Reads a marker array like serde does: <code>name</code> is a required string, <code>epoch</code> an unsigned
     * integer, null or absent; other fields are ignored.
     */
    public static List<EraMarker> parse(JsonNode node) {
        if (node == null || !node.isArray()) {
            throw new IllegalArgumentException("era markers: expected a JSON array");
        }
        List<EraMarker> markers = new ArrayList<>(node.size());
        for (JsonNode item : node) {
            markers.add(parseMarker(item, markers.size()));
        }
        return markers;
    }

    private static EraMarker parseMarker(JsonNode item, int index) {
        if (!item.isObject()) {
            throw new IllegalArgumentException("era marker " + index + ": expected a JSON object");
        }
        JsonNode name = item.get("name");
        if (name == null || !name.isTextual()) {
            throw new IllegalArgumentException("era marker " + index + ": missing string field 'name'");
        }
        JsonNode epoch = item.get("epoch");
        if (epoch == null || epoch.isNull()) {
            return new EraMarker(name.textValue(), Optional.empty());
        }
        if (!epoch.isIntegralNumber() || !epoch.canConvertToLong() || epoch.longValue() < 0) {
            throw new IllegalArgumentException("era marker " + index + ": 'epoch' must be an unsigned integer or null");
        }
        return EraMarker.at(name.textValue(), epoch.longValue());
    }
}
