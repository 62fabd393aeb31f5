package io.mithril.discovery;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One Mithril network entry of {@code networks.json} (e.g. {@code release-preprod} under the Cardano network
 * {@code preprod}): its aggregators, in document order, and where its public keys are published.
 *
 * @param name                        the Mithril network name
 * @param cardanoNetwork              the Cardano network it is listed under (e.g. {@code preprod})
 * @param aggregators                 the {@code aggregators[].url} values, as written (endpoints ending in
 *                                    {@code /aggregator})
 * @param genesisVerificationKeyUrl   {@code genesis.verification-key.url}: a file holding the JSON-hex genesis key
 * @param eraReader                   the {@code era-reader} entry
 * @param ancillaryVerificationKeyUrl {@code ancillary.verification-key.url}
 */
public record MithrilNetwork(String name, String cardanoNetwork, List<AggregatorEndpoint> aggregators,
        Optional<String> genesisVerificationKeyUrl, Optional<EraReaderSettings> eraReader,
        Optional<String> ancillaryVerificationKeyUrl) {
    public MithrilNetwork {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(cardanoNetwork, "cardanoNetwork");
        aggregators = List.copyOf(aggregators);
        Objects.requireNonNull(genesisVerificationKeyUrl, "genesisVerificationKeyUrl");
        Objects.requireNonNull(eraReader, "eraReader");
        Objects.requireNonNull(ancillaryVerificationKeyUrl, "ancillaryVerificationKeyUrl");
    }
}
