package io.mithril.http.internal;

import io.mithril.spi.http.ApiException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.file.Files;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** JAX-RS resources standing in for the ones other bundles publish. */
final class TestResources {
    private TestResources() {
    }

    /** The root document route ({@code GET /aggregator}). */
    @Path("/")
    public static final class Root {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> features() {
            return Map.of("open_api_version", "test");
        }
    }

    public record Payload(String name, long count) {
    }

    @Path("/echo")
    public static final class Echo {
        @POST
        @Consumes(MediaType.APPLICATION_JSON)
        @Produces(MediaType.APPLICATION_JSON)
        public Payload echo(Payload payload) {
            return payload;
        }

        @GET
        @Path("/{id}")
        public Response byId(@PathParam("id") String id) {
            // what a detail route does for an unknown hash
            return Response.status(404).build();
        }
    }

    @Path("/fail")
    public static final class Failing {
        @GET
        @Path("/client")
        public String client() {
            throw ApiException.badRequest("invalid_epoch", "invalid epoch 'abc'");
        }

        @POST
        @Path("/round")
        public String roundNotOpened() {
            throw new ApiException(550, "registration_round_not_yet_opened", "Registration round not yet opened");
        }

        @GET
        @Path("/server")
        public String server() {
            throw new IllegalStateException("could not compute the message",
                    new java.io.IOException("disk unavailable"));
        }

        @GET
        @Path("/busy")
        public String busy() throws Exception {
            throw new RuntimeException("could not record the signer", realSqliteBusy());
        }
    }

    /** A request that stays in flight until released, to observe reloads under load. */
    @Path("/slow")
    public static final class Slow {
        final CountDownLatch entered = new CountDownLatch(1);
        final CountDownLatch release = new CountDownLatch(1);

        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String slow() throws InterruptedException {
            entered.countDown();
            if (!release.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("never released");
            }
            return "done";
        }
    }

    @Path("/ping")
    public static final class Ping {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "pong";
        }
    }

    /** Same route as {@link Ping}: Jersey refuses an application holding both. */
    @Path("/ping")
    public static final class ConflictingPing {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String ping() {
            return "other";
        }
    }

    @Path("/extra")
    public static final class Extra {
        @GET
        @Produces(MediaType.TEXT_PLAIN)
        public String extra() {
            return "extra";
        }
    }

    /**
     * A genuine SQLITE_BUSY from sqlite-jdbc: a second connection writes while the first holds an exclusive lock.
     */
    static SQLException realSqliteBusy() throws Exception {
        java.nio.file.Path file = Files.createTempFile("busy", ".sqlite3");
        String url = "jdbc:sqlite:" + file;
        try (Connection holder = DriverManager.getConnection(url); Connection writer = DriverManager.getConnection(url);
                Statement lock = holder.createStatement(); Statement write = writer.createStatement()) {
            lock.execute("CREATE TABLE t (x INTEGER)");
            write.execute("PRAGMA busy_timeout = 0");
            lock.execute("BEGIN EXCLUSIVE");
            try {
                write.execute("INSERT INTO t VALUES (1)");
            } catch (SQLException busy) {
                return busy;
            } finally {
                lock.execute("ROLLBACK");
            }
        } finally {
            Files.deleteIfExists(file);
        }
        throw new AssertionError("SQLite did not report a busy database");
    }
}
