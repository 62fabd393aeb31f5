package io.mithril.plugin.msd.internal;

import io.mithril.spi.chain.StakeDistribution;
import io.mithril.spi.signedentity.EpochContext;
import io.mithril.spi.signedentity.ProtocolParameters;
import io.mithril.spi.signedentity.RegisteredSigner;
import java.util.List;
import java.util.Optional;

/** An epoch context forwarding to another one, for tests that change one answer. */
class FixtureEpochContextDelegate implements EpochContext {
    private final EpochContext delegate;

    FixtureEpochContextDelegate(EpochContext delegate) {
        this.delegate = delegate;
    }

    @Override
    public long epoch() {
        return delegate.epoch();
    }

    @Override
    public ProtocolParameters currentProtocolParameters() {
        return delegate.currentProtocolParameters();
    }

    @Override
    public ProtocolParameters nextProtocolParameters() {
        return delegate.nextProtocolParameters();
    }

    @Override
    public List<RegisteredSigner> currentSigners() {
        return delegate.currentSigners();
    }

    @Override
    public List<RegisteredSigner> nextSigners() {
        return delegate.nextSigners();
    }

    @Override
    public Optional<StakeDistribution> stakeDistribution(long epoch) {
        return delegate.stakeDistribution(epoch);
    }

    @Override
    public Optional<String> signingConfigJson(String discriminant) {
        return delegate.signingConfigJson(discriminant);
    }
}
