package io.mithril.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The aggregator load tool (not run by the build): <code>mvn -pl itests/load -am verify -DskipTests -Pload
 * -Dload.args="--signers 3000 --clients 8"</code>. Prints progress, then the figures as Markdown for
 * docs/performance.md. Exit 0 on success, 1 on failure, 2 on a usage error.
 */
public final class LoadMain {
    private LoadMain() {
    }

    public static void main(String[] args) {
        LoadOptions options;
        try {
            options = LoadOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println("error: " + e.getMessage() + "\n\n" + LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        Path data = null;
        int exit;
        try {
            data = Files.createTempDirectory("mithril-load");
            LoadResults results = new LoadScenario(options, System.out).run(data);
            LoadReport.print(results, "mvn -pl itests/load -am verify -DskipTests -Pload -Dload.args=\""
                    + String.join(" ", args) + "\"", System.out);
            exit = 0;
        } catch (Exception e) {
            System.err.println("load run failed: " + e);
            e.printStackTrace();
            exit = 1;
        }
        delete(data);
        System.exit(exit); // the embedded server's non-daemon threads would keep the JVM alive
    }

    private static void delete(Path directory) {
        if (directory == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(directory)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + directory + ": " + e.getMessage());
        }
    }
}
