package io.mithril.spi.cli;

import java.io.PrintStream;
import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A <code>mithril-aggregator</code> subcommand contributed by a bundle. Register it as an OSGi service with the
 * property {@value #NAME_PROPERTY} set to the subcommand name (e.g. <code>genesis</code>); the launcher passes the
 * arguments that follow the name.
 */
@ConsumerType
public interface Command {
    String NAME_PROPERTY = "mithril.command";

    /** One line shown by <code>--help</code>. */
    String summary();

    /** Runs the command and returns the process exit code (0 = success). Errors go to <code>err</code>. */
    int run(List<String> args, PrintStream out, PrintStream err) throws Exception;
}
