package io.mithril.store.internal;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.osgi.service.component.annotations.Component;

import io.mithril.spi.cli.Command;
import io.mithril.store.StoreException;
import io.mithril.store.StoreSettings;

/**
 * <code>mithril-aggregator database migrate|vacuum --stores-directory D</code> (aggregator.md §6.3; env
 * <code>STORES_DIRECTORY</code>). Works on the given directory only, independently of the configured store.
 */
@Component(service = Command.class, property = Command.NAME_PROPERTY + "=database")
public final class DatabaseCommand implements Command {
    static final String USAGE = String.join("\n",
            "Database tools",
            "",
            "Usage: mithril-aggregator database <COMMAND> --stores-directory <DIR>",
            "",
            "Commands:",
            "  migrate  Create the databases if needed and apply pending migrations",
            "  vacuum   Rebuild aggregator.sqlite3 to reclaim unused space",
            "",
            "Options:",
            "  --stores-directory <DIR>  Directory of the SQLite stores [env: STORES_DIRECTORY=]",
            "  -h, --help                Print help");

    private final Map<String, String> environment;

    public DatabaseCommand() {
        this(System.getenv());
    }

    DatabaseCommand(Map<String, String> environment) {
        this.environment = environment;
    }

    @Override
    public String summary() {
        return "Database tools (migrate, vacuum)";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Invocation invocation;
        try {
            invocation = Invocation.parse(args, environment);
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage() + "\n\n" + USAGE);
            return 2;
        }
        if (invocation.help()) {
            out.println(USAGE);
            return 0;
        }
        try {
            return switch (invocation.subcommand()) {
                case "migrate" -> migrate(invocation.storesDirectory(), out);
                case "vacuum" -> vacuum(invocation.storesDirectory(), out, err);
                default -> throw new IllegalStateException(invocation.subcommand());
            };
        } catch (StoreException e) {
            err.println("error: " + e.getMessage());
            return 1;
        }
    }

    private static int migrate(Path directory, PrintStream out) {
        try (StoreDatabases databases = new StoreDatabases(StoreSettings.of(directory))) {
            out.println("Migrated " + directory.resolve(StoreDatabases.AGGREGATOR_FILE) + " (version "
                    + version(databases.aggregator(), Schemas.AGGREGATOR) + ") and "
                    + directory.resolve(StoreDatabases.MONITORING_FILE) + " (version "
                    + version(databases.monitoring(), Schemas.MONITORING) + ")");
        }
        return 0;
    }

    private static int vacuum(Path directory, PrintStream out, PrintStream err) {
        Path file = directory.resolve(StoreDatabases.AGGREGATOR_FILE);
        if (!Files.isRegularFile(file)) {
            err.println("error: no database to vacuum: " + file + " does not exist");
            return 1;
        }
        try (SqliteDatabase database = StoreDatabases.openMigrated(StoreDatabases.AGGREGATOR_FILE,
                Schemas.AGGREGATOR, StoreSettings.of(directory).withCheckpoints(java.time.Duration.ZERO,
                        Long.MAX_VALUE))) {
            new SqliteStoreMaintenance(database, database, java.time.Clock.systemUTC()).vacuum();
        }
        out.println("Vacuumed " + file);
        return 0;
    }

    private static int version(SqliteDatabase database, List<Migration> migrations) {
        return new Migrator(Schemas.APPLICATION_TYPE, migrations).currentVersion(database);
    }

    /** The parsed command line. */
    record Invocation(String subcommand, Path storesDirectory, boolean help) {
        static Invocation parse(List<String> args, Map<String, String> environment) {
            String subcommand = null;
            String directory = null;
            boolean help = false;
            for (int i = 0; i < args.size(); i++) {
                String arg = args.get(i);
                if (arg.equals("-h") || arg.equals("--help")) {
                    help = true;
                } else if (arg.equals("--stores-directory")) {
                    if (i + 1 >= args.size()) {
                        throw new IllegalArgumentException("--stores-directory needs a value");
                    }
                    directory = args.get(++i);
                } else if (arg.startsWith("--stores-directory=")) {
                    directory = arg.substring("--stores-directory=".length());
                } else if (arg.startsWith("-")) {
                    throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                } else if (subcommand == null) {
                    subcommand = arg;
                } else {
                    throw new IllegalArgumentException("unexpected argument '" + arg + "'");
                }
            }
            if (help) {
                return new Invocation(subcommand, null, true);
            }
            if (subcommand == null) {
                throw new IllegalArgumentException("a subcommand is required: migrate or vacuum");
            }
            if (!subcommand.equals("migrate") && !subcommand.equals("vacuum")) {
                throw new IllegalArgumentException("unrecognized subcommand '" + subcommand + "'");
            }
            if (directory == null) {
                directory = environment.get("STORES_DIRECTORY");
            }
            if (directory == null || directory.isBlank()) {
                throw new IllegalArgumentException(
                        "the following required argument was not provided: --stores-directory <DIR>");
            }
            if (directory.equals(StoreSettings.IN_MEMORY)) {
                throw new IllegalArgumentException("--stores-directory must be a directory, not " + directory);
            }
            return new Invocation(subcommand, Path.of(directory), false);
        }
    }
}
