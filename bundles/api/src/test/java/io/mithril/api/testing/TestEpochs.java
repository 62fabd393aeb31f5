package io.mithril.api.testing;

import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.EpochContextProvider;
import io.mithril.spi.signedentity.ProtocolParameters;
import io.mithril.spi.signedentity.RegisteredSigner;
import java.util.List;
import java.util.Optional;

/** An epoch service that only knows its current epoch: what the read routes need for {@code latest}. */
public final class TestEpochs {
    private TestEpochs() {
    }

    public static EpochContextProvider at(long epoch) {
        EpochContext context = new EpochContext() {
            @Override
            public long epoch() {
                return epoch;
            }

            @Override
            public ProtocolParameters currentProtocolParameters() {
                throw new UnsupportedOperationException();
            }

            @Override
            public ProtocolParameters nextProtocolParameters() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RegisteredSigner> currentSigners() {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<RegisteredSigner> nextSigners() {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<StakeDistribution> stakeDistribution(long stakeEpoch) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<String> signingConfigJson(String discriminant) {
                return Optional.empty();
            }
        };
        return () -> Optional.of(context);
    }

    /** An epoch service not yet informed of any epoch. */
    public static EpochContextProvider uninformed() {
        return Optional::empty;
    }
}
