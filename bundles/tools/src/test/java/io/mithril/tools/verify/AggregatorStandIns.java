package io.mithril.tools.verify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.api.testing.JsonAssertions;
import io.mithril.domain.message.Rfc3339Dates;
import io.mithril.spi.signedentity.ArtifactRepository;
import io.mithril.spi.signedentity.StoredArtifact;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * Test stand-ins for routes other bundles serve (the root document of bundles/core, the CardanoDatabase, CTX and CBTX
 * artifact routes of their plugins): they serve the stored fixture rows as detail messages, with the
 * {@code certificate_hash} and {@code created_at} of the row, so that {@code verify-chain} over HTTP meets every
 * devnet certificate. They are not the real routes and check nothing themselves.
 */
final class AggregatorStandIns {
    private AggregatorStandIns() {
    }

    static List<Object> all(ArtifactRepository artifacts) {
        return List.of(new Root(), new CardanoDatabase(artifacts), new CardanoTransactions(artifacts),
                new CardanoTransaction(artifacts), new CardanoBlocksTransactions(artifacts));
    }

    /** {@code GET /}: the five types of the devnet set. */
    @Path("/")
    public static final class Root {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Map<String, Object> features() {
            return Map.of("open_api_version", "0.1.68", "documentation_url", "https://mithril.network",
                    "capabilities", Map.of("signed_entity_types", List.of("MithrilStakeDistribution",
                            "CardanoStakeDistribution", "CardanoDatabase", "CardanoTransactions",
                            "CardanoBlocksTransactions"), "aggregate_signature_type", "Concatenation"));
        }
    }

    abstract static class Artifacts {
        private final String discriminant;
        private final ArtifactRepository artifacts;

        Artifacts(String discriminant, ArtifactRepository artifacts) {
            this.discriminant = discriminant;
            this.artifacts = artifacts;
        }

        Response list() {
            return Response.ok(artifacts.latest(discriminant, 20).stream().map(Artifacts::detail).toList().toString(),
                    MediaType.APPLICATION_JSON_TYPE).build();
        }

        Response byHash(String hash) {
            return artifacts.byHash(discriminant, hash)
                    .map(row -> Response.ok(detail(row).toString(), MediaType.APPLICATION_JSON_TYPE).build())
                    .orElseGet(() -> Response.status(404).build());
        }

        private static ObjectNode detail(StoredArtifact row) {
            ObjectNode detail = (ObjectNode) JsonAssertions.parse(row.artifactJson());
            detail.put("certificate_hash", row.certificateHash());
            detail.put("created_at", Rfc3339Dates.format(row.createdAt()));
            return detail;
        }
    }

    @Path("/artifact/cardano-database")
    public static final class CardanoDatabase extends Artifacts {
        CardanoDatabase(ArtifactRepository artifacts) {
            super("CardanoDatabase", artifacts);
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response latest() {
            return list();
        }

        @GET
        @Path("/{hash}")
        @Produces(MediaType.APPLICATION_JSON)
        public Response detail(@PathParam("hash") String hash) {
            return byHash(hash);
        }
    }

    @Path("/artifact/cardano-transactions")
    public static final class CardanoTransactions extends Artifacts {
        CardanoTransactions(ArtifactRepository artifacts) {
            super("CardanoTransactions", artifacts);
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response latest() {
            return list();
        }
    }

    @Path("/artifact/cardano-transaction")
    public static final class CardanoTransaction extends Artifacts {
        CardanoTransaction(ArtifactRepository artifacts) {
            super("CardanoTransactions", artifacts);
        }

        @GET
        @Path("/{hash}")
        @Produces(MediaType.APPLICATION_JSON)
        public Response detail(@PathParam("hash") String hash) {
            return byHash(hash);
        }
    }

    @Path("/artifact/cardano-blocks-transactions")
    public static final class CardanoBlocksTransactions extends Artifacts {
        CardanoBlocksTransactions(ArtifactRepository artifacts) {
            super("CardanoBlocksTransactions", artifacts);
        }

        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Response latest() {
            return list();
        }

        @GET
        @Path("/{hash}")
        @Produces(MediaType.APPLICATION_JSON)
        public Response detail(@PathParam("hash") String hash) {
            return byHash(hash);
        }
    }
}
