package io.mithril.discovery;

import io.mithril.domain.SignedEntityTypeDiscriminant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * What a client needs from an aggregator, as a predicate tree over its advertised capabilities (the reference's
 * {@code RequiredAggregatorCapabilities}): {@link All}, {@link SignedEntityType}, {@link AggregateSignatureType},
 * {@link And}, {@link Or}.
 */
public sealed interface CapabilityRequirement {
    /** True when an aggregator advertising {@code capabilities} satisfies this requirement. */
    boolean isSatisfiedBy(AggregatorCapabilities capabilities);

    /** Any aggregator. */
    static CapabilityRequirement all() {
        return new All();
    }

    static CapabilityRequirement signedEntityType(SignedEntityTypeDiscriminant type) {
        return new SignedEntityType(type);
    }

    static CapabilityRequirement aggregateSignatureType(String type) {
        return new AggregateSignatureType(type);
    }

    static CapabilityRequirement and(CapabilityRequirement... requirements) {
        return new And(Arrays.asList(requirements));
    }

    static CapabilityRequirement or(CapabilityRequirement... requirements) {
        return new Or(Arrays.asList(requirements));
    }

    /** Every one of these signed entity types (an empty list is {@link All}). */
    static CapabilityRequirement signedEntityTypes(List<SignedEntityTypeDiscriminant> types) {
        return types.isEmpty() ? all() : new And(types.stream().map(SignedEntityType::new)
                .map(CapabilityRequirement.class::cast).toList());
    }

    /** Matches every aggregator. */
    record All() implements CapabilityRequirement {
        @Override
        public boolean isSatisfiedBy(AggregatorCapabilities capabilities) {
            return true;
        }

        @Override
        public String toString() {
            return "All";
        }
    }

    /** The aggregator certifies this type. A discontinued type is never advertised, so it cannot be required. */
    record SignedEntityType(SignedEntityTypeDiscriminant type) implements CapabilityRequirement {
        public SignedEntityType {
            Objects.requireNonNull(type, "type");
            if (type.isDiscontinued()) {
                throw new IllegalArgumentException(type.jsonName() + " is discontinued: no aggregator certifies it");
            }
        }

        @Override
        public boolean isSatisfiedBy(AggregatorCapabilities capabilities) {
            return capabilities.signedEntityTypes().contains(type);
        }

        @Override
        public String toString() {
            return type.jsonName();
        }
    }

    /** The aggregator's aggregate signature type is exactly this one. */
    record AggregateSignatureType(String type) implements CapabilityRequirement {
        public AggregateSignatureType {
            Objects.requireNonNull(type, "type");
        }

        @Override
        public boolean isSatisfiedBy(AggregatorCapabilities capabilities) {
            return type.equals(capabilities.aggregateSignatureType());
        }

        @Override
        public String toString() {
            return "aggregate signature " + type;
        }
    }

    /** Every one of these (true when empty, as the reference's {@code all} over an empty list). */
    record And(List<CapabilityRequirement> requirements) implements CapabilityRequirement {
        public And {
            requirements = List.copyOf(requirements);
        }

        @Override
        public boolean isSatisfiedBy(AggregatorCapabilities capabilities) {
            return requirements.stream().allMatch(r -> r.isSatisfiedBy(capabilities));
        }

        @Override
        public String toString() {
            return requirements.stream().map(Object::toString).collect(Collectors.joining(" and ", "(", ")"));
        }
    }

    /** At least one of these (false when empty, as the reference's {@code any} over an empty list). */
    record Or(List<CapabilityRequirement> requirements) implements CapabilityRequirement {
        public Or {
            requirements = List.copyOf(requirements);
        }

        @Override
        public boolean isSatisfiedBy(AggregatorCapabilities capabilities) {
            return requirements.stream().anyMatch(r -> r.isSatisfiedBy(capabilities));
        }

        @Override
        public String toString() {
            return requirements.stream().map(Object::toString).collect(Collectors.joining(" or ", "(", ")"));
        }
    }
}
