package io.mithril.discovery;

import static io.mithril.discovery.CapabilityRequirement.aggregateSignatureType;
import static io.mithril.discovery.CapabilityRequirement.all;
import static io.mithril.discovery.CapabilityRequirement.and;
import static io.mithril.discovery.CapabilityRequirement.or;
import static io.mithril.discovery.CapabilityRequirement.signedEntityType;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_BLOCKS_TRANSACTIONS;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_DATABASE;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_IMMUTABLE_FILES_FULL;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_STAKE_DISTRIBUTION;
import static io.mithril.domain.SignedEntityTypeDiscriminant.CARDANO_TRANSACTIONS;
import static io.mithril.domain.SignedEntityTypeDiscriminant.MITHRIL_STAKE_DISTRIBUTION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.mithril.discovery.testing.FakeAggregator;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The capabilities of a root document and the predicate tree over them. */
class CapabilityRequirementTest {
    /** The AggregatorFeaturesMessage example of the reference OpenAPI document (0.1.68). */
    private static AggregatorCapabilities openApiExample() throws Exception {
        return AggregatorCapabilities.fromFeaturesMessage(
                NetworksConfigurationTest.resource("aggregator-features-openapi-example.json"));
    }

    @Test
    void readsTheOpenApiExample() throws Exception {
        AggregatorCapabilities capabilities = openApiExample();

        assertEquals(Set.of(MITHRIL_STAKE_DISTRIBUTION, CARDANO_DATABASE, CARDANO_TRANSACTIONS),
                capabilities.signedEntityTypes());
        assertEquals("Concatenation", capabilities.aggregateSignatureType());
        assertEquals(OptionalLong.of(100), capabilities.maxHashesAllowedByRequest());
        assertEquals(List.of(), capabilities.ignoredSignedEntityTypes());
    }

    @Test
    void eachLeafAndCombination() throws Exception {
        AggregatorCapabilities example = openApiExample();

        assertTrue(all().isSatisfiedBy(example));
        assertTrue(signedEntityType(CARDANO_TRANSACTIONS).isSatisfiedBy(example));
        assertFalse(signedEntityType(CARDANO_STAKE_DISTRIBUTION).isSatisfiedBy(example));
        assertTrue(aggregateSignatureType("Concatenation").isSatisfiedBy(example));
        assertFalse(aggregateSignatureType("FutureSnark").isSatisfiedBy(example));
        assertTrue(and(signedEntityType(CARDANO_TRANSACTIONS), signedEntityType(CARDANO_DATABASE),
                aggregateSignatureType("Concatenation")).isSatisfiedBy(example));
        assertFalse(and(signedEntityType(CARDANO_TRANSACTIONS), signedEntityType(CARDANO_STAKE_DISTRIBUTION))
                .isSatisfiedBy(example));
        assertTrue(or(signedEntityType(CARDANO_STAKE_DISTRIBUTION), signedEntityType(MITHRIL_STAKE_DISTRIBUTION))
                .isSatisfiedBy(example));
        assertFalse(or(signedEntityType(CARDANO_STAKE_DISTRIBUTION), signedEntityType(CARDANO_BLOCKS_TRANSACTIONS))
                .isSatisfiedBy(example));
        assertTrue(and(or(signedEntityType(CARDANO_BLOCKS_TRANSACTIONS), signedEntityType(CARDANO_TRANSACTIONS)),
                aggregateSignatureType("Concatenation")).isSatisfiedBy(example), "nested trees");
        assertTrue(and().isSatisfiedBy(example), "an empty And holds");
        assertFalse(or().isSatisfiedBy(example), "an empty Or does not");
    }

    @Test
    void aListOfTypesRequiresEveryOne() throws Exception {
        AggregatorCapabilities example = openApiExample();

        assertTrue(CapabilityRequirement.signedEntityTypes(List.of(MITHRIL_STAKE_DISTRIBUTION, CARDANO_DATABASE))
                .isSatisfiedBy(example));
        assertFalse(CapabilityRequirement.signedEntityTypes(List.of(MITHRIL_STAKE_DISTRIBUTION,
                CARDANO_STAKE_DISTRIBUTION)).isSatisfiedBy(example));
        assertEquals(all(), CapabilityRequirement.signedEntityTypes(List.of()));
        assertEquals("(MithrilStakeDistribution and CardanoDatabase)",
                CapabilityRequirement.signedEntityTypes(List.of(MITHRIL_STAKE_DISTRIBUTION, CARDANO_DATABASE))
                        .toString());
    }

    @Test
    void unknownAndDiscontinuedTypesAreToleratedAndNeverMatch() throws Exception {
        AggregatorCapabilities capabilities = AggregatorCapabilities.fromFeaturesMessage(
                FakeAggregator.featuresMessage(List.of("CardanoImmutableFilesFull", "MithrilStakeDistribution",
                        "CardanoQuantumLedger"), "Concatenation", null));

        assertEquals(Set.of(MITHRIL_STAKE_DISTRIBUTION), capabilities.signedEntityTypes());
        assertEquals(List.of("CardanoImmutableFilesFull", "CardanoQuantumLedger"),
                capabilities.ignoredSignedEntityTypes());
        assertEquals(OptionalLong.empty(), capabilities.maxHashesAllowedByRequest());
        assertThrows(IllegalArgumentException.class, () -> signedEntityType(CARDANO_IMMUTABLE_FILES_FULL),
                "no aggregator advertises a discontinued type");
    }

    @Test
    void aRootDocumentWithoutCapabilitiesIsRejected() {
        assertThrows(DiscoveryException.class, () -> AggregatorCapabilities.fromFeaturesMessage("{}"));
        assertThrows(DiscoveryException.class, () -> AggregatorCapabilities.fromFeaturesMessage("<html>"));
        assertThrows(DiscoveryException.class, () -> AggregatorCapabilities.fromFeaturesMessage(
                "{\"capabilities\": {\"signed_entity_types\": \"MithrilStakeDistribution\","
                        + " \"aggregate_signature_type\": \"Concatenation\"}}"));
    }
}
