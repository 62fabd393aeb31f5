package io.mithril.domain;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import io.mithril.domain.message.ProtocolMessageJson;
import io.mithril.domain.message.SignedEntityTypeJson;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PluginSignedEntityTypeTest {
    private static final PluginSignedEntityTypes SAMPLE = new PluginSignedEntityTypes() {
        @Override
        public Optional<SignedEntityType> fromDatabase(int databaseId, String beaconJson) {
            return databaseId == 1000 ? Optional.of(sample(Long.parseLong(beaconJson))) : Optional.empty();
        }

        @Override
        public Optional<SignedEntityType> fromJson(String typeName, String beaconJson) {
            return typeName.equals("SamplePoolCount") ? Optional.of(sample(Long.parseLong(beaconJson)))
                    : Optional.empty();
        }
    };

    static SignedEntityType sample(long epoch) {
        return new SignedEntityType.PluginType("SamplePoolCount", 1000, Epoch.of(epoch), Epoch.of(epoch),
                Long.toString(epoch), Long.toString(epoch), ByteBuffer.allocate(8).putLong(epoch).array());
    }

    @Test
    void pluginPartsAreHashedAfterTheReferencePartsInKeyOrder() throws Exception {
        ProtocolMessage message = ProtocolMessage.empty().with("zz_plugin", "2").with("aa_plugin", "1")
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, "7")
                .with(ProtocolMessagePartKey.NEXT_PROTOCOL_PARAMETERS, "pp");

        assertEquals(List.of("next_protocol_parameters", "current_epoch", "aa_plugin", "zz_plugin"),
                List.copyOf(message.wireParts().keySet()));
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        for (String s : List.of("next_protocol_parameters", "pp", "current_epoch", "7", "aa_plugin", "1",
                "zz_plugin", "2")) {
            sha.update(s.getBytes(StandardCharsets.UTF_8));
        }
        assertEquals(HexFormat.of().formatHex(sha.digest()), message.computeHash());
        assertEquals(Optional.of("1"), message.get("aa_plugin"));
        assertEquals(Optional.of("7"), message.get("current_epoch"));
    }

    @Test
    void aReferenceKeyGivenByNameIsTheReferencePart() {
        ProtocolMessage byName = ProtocolMessage.empty().with("current_epoch", "7");
        assertEquals(ProtocolMessage.empty().with(ProtocolMessagePartKey.CURRENT_EPOCH, "7"), byName);
    }

    @Test
    void pluginKeysAreRestrictedSoTheirOrderIsUnambiguous() {
        assertThrows(IllegalArgumentException.class, () -> ProtocolMessage.empty().with("Upper", "1"));
        assertThrows(IllegalArgumentException.class, () -> ProtocolMessage.empty().with("", "1"));
    }

    @Test
    void protocolMessageJsonRoundTripsPluginParts() throws Exception {
        ObjectMapper mapper = new ObjectMapper().registerModule(new SimpleModule()
                .addSerializer(ProtocolMessage.class, new ProtocolMessageJson.Serializer())
                .addDeserializer(ProtocolMessage.class, new ProtocolMessageJson.Deserializer()));
        ProtocolMessage message = ProtocolMessage.empty().with("sample_pool_count", "3")
                .with(ProtocolMessagePartKey.CURRENT_EPOCH, "7");
        String json = mapper.writeValueAsString(message);
        assertEquals("{\"message_parts\":{\"current_epoch\":\"7\",\"sample_pool_count\":\"3\"}}", json);
        assertEquals(message, mapper.readValue(json, ProtocolMessage.class));
    }

    @Test
    void pluginTypeJsonAndDatabaseFormsGoThroughTheRegistry() throws Exception {
        SignedEntityType type = sample(12);
        assertEquals("{\"SamplePoolCount\":12}", SignedEntityTypeJson.toJson(type).toString());
        assertEquals(type, SignedEntityTypeJson.fromJson(new ObjectMapper().readTree("{\"SamplePoolCount\":12}"),
                SAMPLE));
        assertEquals(type, SignedEntityTypes.fromDatabase(1000, "12", SAMPLE));
        assertThrows(IllegalArgumentException.class,
                () -> SignedEntityTypeJson.fromJson(new ObjectMapper().readTree("{\"SamplePoolCount\":12}")));
        assertThrows(IllegalArgumentException.class, () -> SignedEntityTypes.fromDatabase(1000, "12"));
        assertEquals(new SignedEntityType.MithrilStakeDistribution(Epoch.of(3)),
                SignedEntityTypes.fromDatabase(0, "3", SAMPLE));
    }

    @Test
    void pluginTypeCarriesThePluginsHashFeedAndRejectsReferenceNamesOrIds() {
        SignedEntityType type = sample(12);
        assertArrayEquals(ByteBuffer.allocate(8).putLong(12).array(), type.hashFeed());
        assertEquals(1000, type.databaseId());
        assertEquals("SamplePoolCount", type.typeName());
        assertThrows(UnsupportedOperationException.class, type::discriminant);
        assertThrows(IllegalArgumentException.class, () -> new SignedEntityType.PluginType("CardanoDatabase", 1000,
                Epoch.of(1), Epoch.of(1), "1", "1", new byte[0]));
        assertThrows(IllegalArgumentException.class, () -> new SignedEntityType.PluginType("X", 7,
                Epoch.of(1), Epoch.of(1), "1", "1", new byte[0]));
        assertEquals(0, new SignedEntityType.MithrilStakeDistribution(Epoch.of(3)).databaseId());
    }
}
