package io.mithril.domain.message;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** {@code GET /signers/tickers}. */
@JsonIgnoreProperties(ignoreUnknown = true)
public record SignersTickersMessage(
        @JsonProperty("network") String network,
        @JsonProperty("signers") List<Ticker> signers) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Ticker(@JsonProperty("party_id") String partyId,
                         @JsonProperty("pool_ticker") @JsonInclude(JsonInclude.Include.NON_NULL) String poolTicker,
                         @JsonProperty("has_registered") boolean hasRegistered) {
    }
}
