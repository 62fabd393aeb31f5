package io.mithril.api.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.networknt.schema.InputFormat;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi31;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;

/**
 * Validates response bodies against the reference's {@code openapi.yaml} (0.1.68, bundled by the http bundle under
 * {@code /openapi/openapi.yaml}): the schema of a route's response for a status code, with every {@code $ref} and
 * {@code additionalProperties: false} enforced (JSON Schema 2020-12 with the OpenAPI 3.1 vocabulary; formats are
 * annotations, as the specification makes them).
 */
public final class OpenApiContract {
    private static final String DOCUMENT = "classpath:openapi/openapi.yaml";
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012,
            builder -> builder.metaSchema(OpenApi31.getInstance())
                    .defaultMetaSchemaIri(OpenApi31.getInstance().getIri()));
    private static final JsonNode OPENAPI = readDocument();

    private OpenApiContract() {
    }

    /**
     * Asserts that {@code body} is valid for {@code GET pathTemplate} answering {@code status} (or the route's
     * {@code default} response when the status is not listed).
     *
     * @param pathTemplate as written in openapi.yaml, e.g. {@code /certificate/{certificate_hash}}
     */
    public static void assertValidResponse(String pathTemplate, int status, String body) {
        JsonNode responses = OPENAPI.path("paths").path(pathTemplate).path("get").path("responses");
        assertTrue(responses.isObject(), "openapi.yaml has no GET " + pathTemplate);
        String code = responses.has(Integer.toString(status)) ? Integer.toString(status) : "default";
        String pointer = "/paths/" + escape(pathTemplate) + "/get/responses/" + code
                + "/content/application~1json/schema";
        assertTrue(responses.path(code).path("content").has("application/json"),
                "openapi.yaml gives no JSON body for GET " + pathTemplate + " " + code);
        assertValid(pointer, body);
    }

    /** Asserts that {@code body} is valid for a component schema, e.g. {@code Error}. */
    public static void assertValidSchema(String componentName, String body) {
        assertValid("/components/schemas/" + componentName, body);
    }

    private static void assertValid(String pointer, String body) {
        JsonSchema schema = FACTORY.getSchema(SchemaLocation.of(DOCUMENT + "#" + pointer));
        Set<ValidationMessage> errors = schema.validate(body, InputFormat.JSON);
        assertEquals(Set.of(), errors, "not valid for openapi.yaml#" + pointer + ": " + abbreviated(body));
    }

    /** JSON pointer escaping of one reference token. */
    private static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }

    private static String abbreviated(String body) {
        return body.length() > 300 ? body.substring(0, 300) + "…" : body;
    }

    private static JsonNode readDocument() {
        try (InputStream in = OpenApiContract.class.getResourceAsStream("/openapi/openapi.yaml")) {
            if (in == null) {
                throw new IllegalStateException("openapi.yaml is not on the test class path (http bundle)");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
