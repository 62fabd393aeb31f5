package io.mithril.core.internal.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.mithril.domain.ProtocolParameters;
import io.mithril.domain.SigningConfig;

/** The configuration keys the runtime reads, typed by the launcher or given as text (.cfg files). */
class AggregatorSettingsTest {

    @Test
    void readsTheLauncherTypes() {
        AggregatorSettings settings = AggregatorSettings.fromProperties(Map.of("network", "preview",
                "protocol_parameters.k", 2422L, "protocol_parameters.m", 20973L, "protocol_parameters.phi_f", 0.2,
                "run_interval", 60000L, "store_retention_limit", 10L, "allow_registration_without_opcert", true,
                "cardano_transactions_signing_config.security_parameter", 30L,
                "cardano_transactions_signing_config.step", 15L, "chain_observer_type", "cardano-cli"));
        assertEquals("preview", settings.network());
        assertEquals(new ProtocolParameters(2422, 20973, 0.2), settings.protocolParameters().orElseThrow());
        assertEquals(Duration.ofMinutes(1), settings.runInterval());
        assertEquals(10, settings.storeRetentionLimit().getAsLong());
        assertTrue(settings.allowRegistrationWithoutOpcert());
        assertEquals(new SigningConfig(30, 15), settings.cardanoTransactionsSigningConfig());
        assertEquals(new SigningConfig(3000, 120), settings.cardanoBlocksTransactionsSigningConfig(),
                "the reference's default");
        assertEquals("cardano-cli", settings.chainObserverType());
        assertFalse(settings.isFollower());
    }

    @Test
    void readsText() {
        AggregatorSettings settings = AggregatorSettings.fromProperties(Map.of("protocol_parameters.k", "5",
                "protocol_parameters.m", "100", "protocol_parameters.phi_f", "0.65",
                "allow_registration_without_opcert", "FALSE", "leader_aggregator_endpoint", "http://leader/aggregator"));
        assertEquals(new ProtocolParameters(5, 100, 0.65), settings.protocolParameters().orElseThrow());
        assertFalse(settings.allowRegistrationWithoutOpcert());
        assertTrue(settings.isFollower());
    }

    @Test
    void defaultsAndMissingValues() {
        AggregatorSettings settings = AggregatorSettings.fromProperties(Map.of("protocol_parameters.k", 5L));
        assertTrue(settings.protocolParameters().isEmpty(), "incomplete parameters are no parameters");
        assertTrue(settings.storeRetentionLimit().isEmpty());
        assertFalse(settings.allowRegistrationWithoutOpcert());
        assertEquals("pallas", settings.chainObserverType());
    }

    @Test
    void namesTheKeyOfAnInvalidValue() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> AggregatorSettings.fromProperties(Map.of("run_interval", "soon")));
        assertTrue(error.getMessage().contains("run_interval"), error.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> AggregatorSettings.fromProperties(Map.of("allow_registration_without_opcert", "yes")));
    }
}
