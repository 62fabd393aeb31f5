package io.mithril.domain.message;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A Jackson mapper for the messages of this package. The messages carry their own annotations, so any mapper works;
 * this one only pins the settings that matter for compatibility (compact output, unknown fields ignored as serde does).
 */
public final class MithrilJson {
    private MithrilJson() {
    }

    public static ObjectMapper newObjectMapper() {
        return new ObjectMapper()
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true);
    }
}
