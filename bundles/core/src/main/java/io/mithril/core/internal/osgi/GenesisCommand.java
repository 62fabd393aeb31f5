package io.mithril.core.internal.osgi;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import io.mithril.core.GenesisBootstrap;
import io.mithril.core.internal.genesis.GenesisCli;
import io.mithril.spi.cli.Command;

/**
 * The {@code genesis} command. Offline subcommands work alone; the others wait a little for the genesis service,
 * which appears once the store, the chain observer and the era reader are active.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=genesis")
public final class GenesisCommand implements Command {
    private static final long SERVICE_WAIT_MILLIS = 20_000;

    private volatile GenesisBootstrap genesis;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void setGenesis(GenesisBootstrap service) {
        genesis = service;
    }

    void unsetGenesis(GenesisBootstrap service) {
        if (genesis == service) {
            genesis = null;
        }
    }

    @Override
    public String summary() {
        return "Genesis certificate tools: generate-keypair, export, sign, import, bootstrap";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) throws InterruptedException {
        boolean offline = args.isEmpty() || args.contains("--help") || args.contains("-h")
                || List.of("generate-keypair", "sign").contains(args.get(0));
        return new GenesisCli(offline ? Optional.empty() : awaitGenesis(), System::getenv).run(args, out, err);
    }

    private Optional<GenesisBootstrap> awaitGenesis() throws InterruptedException {
        long deadline = System.currentTimeMillis() + SERVICE_WAIT_MILLIS;
        while (genesis == null && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        return Optional.ofNullable(genesis);
    }
}
