package io.mithril.itests.distribution;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A private copy of the built distribution, run as a separate process like an operator runs it. Each test gets its
 * own copy so dropping or removing plugin jars never touches the build output.
 */
final class Distribution implements AutoCloseable {
    private final Path home;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private Path log;

    private Distribution(Path home) {
        this.home = home;
    }

    static Distribution copy(Path workDir) throws IOException {
        Path source = Path.of(System.getProperty("mithril.dist"));
        if (!Files.isExecutable(source.resolve("bin/mithril-aggregator"))) {
            throw new IllegalStateException(source + " is not a built distribution (build the runtime module)");
        }
        Path home = workDir.resolve("mithril-aggregator");
        try (Stream<Path> files = Files.walk(source)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                Path target = home.resolve(source.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        }
        return new Distribution(home);
    }

    Path home() {
        return home;
    }

    Path deploy() {
        return home.resolve("deploy");
    }

    /** Runs a command to completion (bounded) and returns its exit code and output. */
    Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        Process p = builder(environment, args).redirectErrorStream(false).start();
        p.getOutputStream().close();
        var out = p.getInputStream().readAllBytes();
        var err = p.getErrorStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("command did not finish: " + List.of(args));
        }
        return new Result(p.exitValue(), new String(out), new String(err));
    }

    /** Starts a long-running command (serve, devnet) with its output in a log file. */
    void start(Map<String, String> environment, String... args) throws IOException {
        log = home.resolve("process.log");
        process = builder(environment, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    String log() throws IOException {
        return log == null ? "" : Files.readString(log);
    }

    private ProcessBuilder builder(Map<String, String> environment, String... args) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/mithril-aggregator").toString());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile());
        builder.environment().putAll(environment);
        return builder;
    }

    HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    /** Polls a GET until the predicate holds or the timeout passes; returns the last response (or null). */
    HttpResponse<String> await(int port, String path, Duration timeout,
            java.util.function.Predicate<HttpResponse<String>> condition) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        HttpResponse<String> last = null;
        while (System.nanoTime() < deadline) {
            try {
                last = get(port, path);
                if (condition.test(last)) {
                    return last;
                }
            } catch (IOException notYetListening) {
                // the server is still starting
            }
            Thread.sleep(200);
        }
        return last;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    record Result(int exitCode, String out, String err) {
    }
}
