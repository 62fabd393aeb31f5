package io.mithril.bench;

import io.mithril.crypto.stm.ClosedKeyRegistration;
import io.mithril.crypto.stm.KeyRegistration;
import io.mithril.crypto.stm.StmException;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** Registering 3000 signers (proof of possession checked for each, in parallel) and closing the registration. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(1)
@Warmup(iterations = 1)
@Measurement(iterations = 4)
public class RegistrationBenchmark {
    private StmFixture fixture;

    @Setup
    public void setUp() {
        fixture = StmFixture.get();
    }

    @Benchmark
    public ClosedKeyRegistration registerAndClose3000() throws StmException {
        KeyRegistration registration = new KeyRegistration();
        boolean allRegistered = IntStream.range(0, StmFixture.SIGNERS).parallel().allMatch(i -> {
            try {
                registration.register(fixture.keys.get(i), fixture.stakes[i]);
                return true;
            } catch (StmException e) {
                return false;
            }
        });
        if (!allRegistered) {
            throw new IllegalStateException("a fixture key was rejected");
        }
        return registration.close();
    }
}
