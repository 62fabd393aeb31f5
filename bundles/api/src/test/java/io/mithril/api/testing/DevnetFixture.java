package io.mithril.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.mithril.api.CertificateRecords;
import io.mithril.domain.message.CertificateMessage;
import io.mithril.domain.message.MithrilJson;
import io.mithril.store.AggregatorStore;
import io.mithril.store.CertificateRecord;
import io.mithril.store.EpochSettingRecord;
import io.mithril.store.SignedEntityRecord;
import io.mithril.store.SignedEntityTypes;
import io.mithril.store.SignerRegistrationRecord;
import io.mithril.store.StoreSettings;
import io.mithril.store.Stores;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The reference's devnet data set (copied from shared/testdata/devnet-chain into {@code /devnet/} test resources),
 * loaded into a fresh SQLite store the way the reference stores it: every certificate (oldest first, so that ROWID
 * order is creation order), the signed entities of every type, the signers and their registrations (the signers of
 * MSD(E) are the registrations stored under E), and the stakes of CSD(X) (stored under X+2).
 *
 * <p>Artifacts whose certificate is not in the data set (13 CardanoTransactions, 11 CardanoBlocksTransactions; see
 * certificates.md §0) are left out: the store enforces the certificate foreign key, as the reference does.
 */
public final class DevnetFixture {
    public static final String MSD_FILE = "mithril-stake-distributions.json";
    public static final String CSD_FILE = "cardano-stake-distributions.json";
    /** Detail files of the other types, with their reference database type ids. */
    public static final Map<String, Integer> OTHER_ARTIFACT_FILES = Map.of(
            "cardano-databases.json", SignedEntityTypes.CARDANO_DATABASE,
            "ctx-snapshots.json", SignedEntityTypes.CARDANO_TRANSACTIONS,
            "cardano-blocks-txs-snapshots.json", SignedEntityTypes.CARDANO_BLOCKS_TRANSACTIONS);
    /** Every data file of the fixture, as laid out in testdata/devnet-chain. */
    public static final List<String> FILES = List.of("certificates.json", "certificates-list.json", MSD_FILE,
            "mithril-stake-distributions-list.json", CSD_FILE, "cardano-stake-distributions-list.json",
            "cardano-databases.json", "ctx-snapshots.json", "cardano-blocks-txs-snapshots.json");

    private static final ObjectMapper JSON = MithrilJson.newObjectMapper();

    private DevnetFixture() {
    }

    /** A data file of the set, parsed. */
    public static JsonNode json(String file) {
        try (InputStream in = resource("/devnet/" + file)) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The devnet genesis verification key: {@code genesis_verification_key[0]} of fake_genesis_keys.json. */
    public static String genesisVerificationKey() {
        try (InputStream in = resource("/fake_genesis_keys.json")) {
            return JSON.readTree(in).get("genesis_verification_key").get(0).asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every certificate of the set, by hash. */
    public static Map<String, CertificateMessage> certificates() {
        Map<String, CertificateMessage> certificates = new LinkedHashMap<>();
        json("certificates.json").fields().forEachRemaining(e -> certificates.put(e.getKey(),
                JSON.convertValue(e.getValue(), CertificateMessage.class)));
        return certificates;
    }

    /** Opens a fresh store in {@code directory} and loads the whole set. */
    public static AggregatorStore openLoaded(Path directory) {
        AggregatorStore store = Stores.open(StoreSettings.of(directory));
        loadInto(store);
        return store;
    }

    public static void loadInto(AggregatorStore store) {
        List<CertificateRecord> certificates = certificates().values().stream().map(CertificateRecords::fromMessage)
                .sorted(Comparator.comparing(CertificateRecord::sealedAt)).toList();
        certificates.forEach(store.certificates()::insert);
        Set<String> known = Set.copyOf(certificates.stream().map(CertificateRecord::certificateId).toList());
        List<SignedEntityRecord> artifacts = new ArrayList<>();
        json(MSD_FILE).forEach(a -> artifacts.add(row(a, SignedEntityTypes.MITHRIL_STAKE_DISTRIBUTION,
                a.get("epoch"), ReferenceArtifactForms.mithrilStakeDistribution(a))));
        json(CSD_FILE).forEach(a -> artifacts.add(row(a, SignedEntityTypes.CARDANO_STAKE_DISTRIBUTION,
                a.get("epoch"), ReferenceArtifactForms.cardanoStakeDistribution(a))));
        OTHER_ARTIFACT_FILES.forEach((file, type) -> json(file).forEach(a -> artifacts.add(
                row(a, type, beaconOf(type, a), ReferenceArtifactForms.withoutServedFields(a)))));
        artifacts.stream().filter(a -> known.contains(a.certificateId()))
                .sorted(Comparator.comparing(SignedEntityRecord::createdAt))
                .forEach(store.signedEntities()::insert);
        loadSigners(store);
        loadStakes(store);
    }

    /** Copies the data files into {@code directory}, laid out like testdata/devnet-chain. */
    public static Path copyFilesTo(Path directory) throws IOException {
        Files.createDirectories(directory);
        for (String file : FILES) {
            try (InputStream in = resource("/devnet/" + file)) {
                Files.copy(in, directory.resolve(file));
            }
        }
        return directory;
    }

    private static void loadSigners(AggregatorStore store) {
        List<JsonNode> distributions = new ArrayList<>();
        json(MSD_FILE).forEach(distributions::add);
        distributions.sort(Comparator.comparingLong(d -> d.get("epoch").asLong()));
        for (JsonNode msd : distributions) {
            long epoch = msd.get("epoch").asLong();
            Instant at = Instant.parse(msd.get("created_at").asText());
            store.epochSettings().insertIfAbsent(
                    new EpochSettingRecord(epoch, msd.get("protocol_parameters").toString(), null, null));
            for (JsonNode signer : msd.get("signers")) {
                String partyId = signer.get("party_id").asText();
                store.signers().markRegistered(partyId, at);
                store.signerRegistrations().save(new SignerRegistrationRecord(partyId, epoch,
                        signer.get("verification_key").asText(), text(signer, "verification_key_signature"),
                        text(signer, "operational_certificate"),
                        signer.hasNonNull("kes_period") ? signer.get("kes_period").asLong() : null,
                        signer.get("stake").asLong(), at, null, null));
            }
        }
    }

    private static void loadStakes(AggregatorStore store) {
        json(CSD_FILE).forEach(csd -> {
            Map<String, Long> stakes = new TreeMap<>();
            csd.get("stake_distribution").fields().forEachRemaining(e -> stakes.put(e.getKey(), e.getValue().asLong()));
            store.stakePools().save(csd.get("epoch").asLong() + 2, stakes, Instant.parse(csd.get("created_at").asText()));
        });
    }

    private static SignedEntityRecord row(JsonNode artifact, int type, JsonNode beacon, String storedJson) {
        return new SignedEntityRecord(artifact.get("hash").asText(), type, artifact.get("certificate_hash").asText(),
                beacon.toString(), storedJson, Instant.parse(artifact.get("created_at").asText()));
    }

    /** The database beacon of an artifact, as {@code SignedEntityType.beaconJson()} writes it. */
    private static JsonNode beaconOf(int type, JsonNode a) {
        ObjectNode beacon = JSON.createObjectNode();
        switch (type) {
            case SignedEntityTypes.CARDANO_DATABASE -> {
                return a.get("beacon");
            }
            case SignedEntityTypes.CARDANO_TRANSACTIONS -> beacon.put("epoch", a.get("epoch").asLong())
                    .put("block_number", a.get("block_number").asLong());
            case SignedEntityTypes.CARDANO_BLOCKS_TRANSACTIONS -> beacon.put("epoch", a.get("epoch").asLong())
                    .put("block_number", a.get("block_number_signed").asLong())
                    .put("block_number_offset",
                            a.get("block_number_tip").asLong() - a.get("block_number_signed").asLong());
            default -> throw new IllegalArgumentException("no beacon rule for type " + type);
        }
        return beacon;
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static InputStream resource(String name) {
        InputStream in = DevnetFixture.class.getResourceAsStream(name);
        if (in == null) {
            throw new IllegalStateException("missing test resource " + name);
        }
        return in;
    }
}
