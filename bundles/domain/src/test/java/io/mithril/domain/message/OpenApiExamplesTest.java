package io.mithril.domain.message;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.domain.Fixtures;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Messages without a devnet fixture, checked on the examples of openapi.yaml (copied as JSON into
 * openapi-examples.json): they parse and re-serialise to the same fields and values (the YAML examples do not fix a
 * field order).
 */
class OpenApiExamplesTest {

    static Stream<Arguments> examples() {
        return Stream.of(
                Arguments.of("RegisterSignerMessage", RegisterSignerMessage.class),
                Arguments.of("RegisterSingleSignatureMessage", RegisterSignatureMessage.class),
                Arguments.of("ProtocolConfigurationMessage", ProtocolConfigurationMessage.class),
                Arguments.of("SignerRegistrationsMessage", SignerRegistrationsMessage.class),
                Arguments.of("SignersTickersMessage", SignersTickersMessage.class),
                Arguments.of("CardanoDatabaseDigestListMessage", CardanoDatabaseDigestListItemMessage.class),
                Arguments.of("EpochSettingsMessage", EpochSettingsMessage.class),
                Arguments.of("AggregatorStatusMessage", AggregatorStatusMessage.class),
                Arguments.of("CardanoTransactionProofMessage", CardanoTransactionsProofsMessage.class));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exampleRoundTrips(String schema, Class<?> type) throws Exception {
        JsonNode example = Fixtures.json("openapi-examples.json").get(schema);
        if (example.isArray()) {
            for (JsonNode item : example) {
                assertRoundTrip(item, type);
            }
        } else {
            assertRoundTrip(example, type);
        }
    }

    private static void assertRoundTrip(JsonNode example, Class<?> type) throws Exception {
        Object parsed = Fixtures.convert(example, type);
        JsonNode written = Fixtures.MAPPER.readTree(Fixtures.MAPPER.writeValueAsString(parsed));
        assertEquals(example, written);
    }
}
