package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.mithril.domain.CardanoDbBeacon;

/** {@code {"epoch":e,"immutable_file_number":i}}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CardanoDbBeaconMessage(@JsonProperty("epoch") long epoch,
                                     @JsonProperty("immutable_file_number") long immutableFileNumber) {

    public static CardanoDbBeaconMessage from(CardanoDbBeacon b) {
        return new CardanoDbBeaconMessage(b.epoch().value(), b.immutableFileNumber());
    }

    public CardanoDbBeacon toDomain() {
        return CardanoDbBeacon.of(epoch, immutableFileNumber);
    }
}
