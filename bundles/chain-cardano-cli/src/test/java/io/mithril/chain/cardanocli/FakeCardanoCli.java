package io.mithril.chain.cardanocli;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

/**
 * A scripted cardano-cli: a POSIX shell script that logs its arguments and socket variable, then answers each query
 * from files: <code>{key}.out</code> (stdout), <code>{key}.err</code> (stderr), <code>{key}.exit</code> (exit
 * code), where key is <code>tip</code>, <code>stake-snapshot-all</code>, <code>stake-distribution</code>,
 * <code>stake-snapshot-{pool}</code> (fallback <code>stake-snapshot-pool</code>) or <code>utxo</code> (copied to the
 * <code>--out-file</code>). Unknown queries exit 1.
 */
final class FakeCardanoCli {
    private static final String SCRIPT = String.join("\n",
            "#!/bin/sh",
            "DIR='%s'",
            "printf '%%s\\n' \"$*\" >> \"$DIR/calls.log\"",
            "printf '%%s\\n' \"$CARDANO_NODE_SOCKET_PATH\" >> \"$DIR/sockets.log\"",
            "key=\"$3\"; out=''; prev=''",
            "for a in \"$@\"; do",
            "  case \"$prev\" in",
            "    --stake-pool-id) key=\"stake-snapshot-$a\"; [ -f \"$DIR/$key.out\" ] || key=stake-snapshot-pool ;;",
            "    --out-file) out=\"$a\" ;;",
            "  esac",
            "  [ \"$a\" = --all-stake-pools ] && key=stake-snapshot-all",
            "  prev=\"$a\"",
            "done",
            "[ -f \"$DIR/$key.err\" ] && cat \"$DIR/$key.err\" >&2",
            "code=0; [ -f \"$DIR/$key.exit\" ] && code=$(cat \"$DIR/$key.exit\")",
            "if [ ! -f \"$DIR/$key.out\" ]; then",
            "  [ -f \"$DIR/$key.exit\" ] || { echo \"fake cardano-cli: unexpected query: $*\" >&2; exit 1; }",
            "elif [ -n \"$out\" ]; then cp \"$DIR/$key.out\" \"$out\"",
            "else cat \"$DIR/$key.out\"; fi",
            "exit $code",
            "");

    private final Path dir;
    private final Path script;

    private FakeCardanoCli(Path dir) {
        this.dir = dir;
        this.script = dir.resolve("cardano-cli");
    }

    static FakeCardanoCli create(Path dir) throws IOException {
        assumeTrue(Files.isExecutable(Path.of("/bin/sh")), "needs a POSIX shell");
        FakeCardanoCli cli = new FakeCardanoCli(dir);
        Files.writeString(cli.script, String.format(SCRIPT, dir));
        Files.setPosixFilePermissions(cli.script, PosixFilePermissions.fromString("rwx------"));
        return cli;
    }

    FakeCardanoCli respond(String key, String stdout) throws IOException {
        Files.writeString(dir.resolve(key + ".out"), stdout);
        return this;
    }

    FakeCardanoCli respondWithResource(String key, String resource) throws IOException {
        return respond(key, resource(resource));
    }

    FakeCardanoCli fail(String key, int exitCode, String stderr) throws IOException {
        Files.writeString(dir.resolve(key + ".exit"), Integer.toString(exitCode));
        Files.writeString(dir.resolve(key + ".err"), stderr);
        return this;
    }

    Path path() {
        return script;
    }

    List<String> calls() throws IOException {
        Path log = dir.resolve("calls.log");
        return Files.exists(log) ? Files.readAllLines(log) : List.of();
    }

    List<String> sockets() throws IOException {
        return Files.readAllLines(dir.resolve("sockets.log"));
    }

    static String resource(String name) {
        try (InputStream in = FakeCardanoCli.class.getResourceAsStream("/cardano-cli/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
