package io.mithril.crypto.cardano;

import static io.mithril.crypto.testsupport.TestData.hex;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.mithril.crypto.ed25519.Ed25519Signature;
import io.mithril.crypto.ed25519.Ed25519SigningKey;
import io.mithril.crypto.ed25519.Ed25519VerificationKey;
import io.mithril.crypto.kes.KesSecretKey;
import io.mithril.crypto.kes.KesVerificationKey;
import io.mithril.crypto.testsupport.TestData;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CardanoIdentityTest {

    @Test
    void partyIdsMatchTheMithrilDmqVectors() {
        JsonNode cases = TestData.json("vectors/dmq/party_ids.json").get("cases");
        assertEquals(2, cases.size());
        for (JsonNode c : cases) {
            Ed25519VerificationKey cold = Ed25519VerificationKey.fromBytes(hex(c.get("cold_verification_key").asText()));
            PoolId id = PoolId.ofColdVerificationKey(cold);
            assertEquals(c.get("party_id").asText(), id.bech32());
            assertEquals(id, PoolId.parse(c.get("party_id").asText()));
            assertArrayEquals(Blake2.blake2b224(cold.toBytes()), PoolId.parse(id.bech32()).hash());
        }
    }

    @Test
    void mithrilOpcertGoldenIsReproduced() {
        JsonNode v = TestData.json("vectors/reference/opcert_golden.json");
        Ed25519SigningKey cold = Ed25519SigningKey.fromChaCha20RngSeed(hex(v.get("cold_key_rng_seed_hex").asText()));
        KesVerificationKey kesVk = KesSecretKey.fromSeed(hex(v.get("kes_seed_hex").asText())).verificationKey();
        OperationalCertificate cert = OperationalCertificate.issue(kesVk, v.get("issue_number").asLong(),
                v.get("start_kes_period").asLong(), cold);
        assertTrue(cert.hasValidSignature());
        assertEquals(v.get("opcert_without_cold_vk_cbor_hex").asText(), hex(cert.toCborWithoutColdKey()));
        assertEquals(v.get("party_id").asText(), cert.poolId().bech32());
        assertEquals(v.get("party_id_as_hash").asText(), cert.poolId().hex());
    }

    @Test
    void coldKeyOfMithrilTestPartyOneIsTheChaCha20Key() {
        JsonNode v = TestData.json("vectors/dmq/derived_valid_mithril_dmq_message.json");
        byte[] rngSeed = new byte[32];
        Arrays.fill(rngSeed, (byte) 1);
        Ed25519SigningKey cold = Ed25519SigningKey.fromChaCha20RngSeed(rngSeed);
        assertEquals(v.get("cold_secret_key").asText(), hex(cold.seed()));
        assertEquals(v.get("cold_verification_key").asText(), cold.verificationKey().toHex());
    }

    @Test
    void dmqMessageIdIsBlake2b256OfThePayload() {
        JsonNode v = TestData.json("vectors/dmq/golden_payload_and_msg_id.json").get("msg_id");
        assertEquals(v.get("msg_id_blake2b_256").asText(), hex(Blake2.blake2b256(hex(v.get("bytes_to_sign").asText()))));
        JsonNode derived = TestData.json("vectors/dmq/derived_valid_mithril_dmq_message.json");
        assertEquals(derived.get("msg_id").asText(), hex(Blake2.blake2b256(hex(derived.get("bytes_to_sign").asText()))));
    }

    @Test
    void pallasOpcertSignatureIsValid() {
        JsonNode f = TestData.json("vectors/dmq/pallas_dmq_msg_real.json").get("fields");
        OperationalCertificate cert = opcert(f.get("opcert"), f.get("cold_verification_key").asText());
        assertTrue(cert.hasValidSignature());
        assertEquals("pool17sln0evyk5tfj6zh2qrlk9vttgy6264sfe2fkec5mheasnlx3yd", cert.poolId().bech32());
    }

    @Test
    void devnetOpcertsRoundTripTheirJsonHexAndCbor() {
        JsonNode msds = TestData.json("devnet-chain/mithril-stake-distributions-subset.json");
        int checked = 0;
        for (JsonNode msd : msds) {
            for (JsonNode signer : msd.get("signers")) {
                String jsonHex = signer.get("operational_certificate").asText();
                OperationalCertificate cert = OperationalCertificate.decode(jsonHex);
                assertEquals(jsonHex, cert.toJsonHex(), "JSON-hex re-encoding must be byte-identical");
                assertTrue(cert.hasValidSignature());
                assertEquals(signer.get("party_id").asText(), cert.poolId().bech32());
                assertEquals(cert, OperationalCertificate.decode(hex(cert.toCbor())));
                checked++;
            }
        }
        assertEquals(4, checked);
    }

    @Test
    void textEnvelopesOfKeyAndCertificateAreRead() {
        KesSecretKey kes = KesSecretKey.fromSeed(new byte[32]);
        Ed25519SigningKey cold = Ed25519SigningKey.fromChaCha20RngSeed(new byte[32]);
        OperationalCertificate cert = OperationalCertificate.issue(kes.verificationKey(), 3, 7, cold);
        // cardano-cli writes the 608-byte key as a CBOR byte string: 0x59 0x0260 header
        String skey = "{\"type\":\"KesSigningKey_ed25519_kes_2^6\",\"description\":\"KES Signing Key\",\"cborHex\":\"590260"
                + hex(kes.toBytes()) + "\"}";
        String node = "{\"type\":\"NodeOperationalCertificate\",\"description\":\"\",\"cborHex\":\"" + hex(cert.toCbor()) + "\"}";
        assertEquals(kes.verificationKey(), CardanoTextEnvelope.parse(skey).kesSecretKey().verificationKey());
        CardanoTextEnvelope envelope = CardanoTextEnvelope.parse(node);
        assertEquals(CardanoTextEnvelope.OPERATIONAL_CERTIFICATE_TYPE, envelope.type());
        assertEquals(cert, envelope.operationalCertificate());
    }

    @Test
    void bech32RejectsCorruptedStrings() {
        String id = "pool17sln0evyk5tfj6zh2qrlk9vttgy6264sfe2fkec5mheasnlx3yd";
        String flipped = id.substring(0, 10) + (id.charAt(10) == 'q' ? 'p' : 'q') + id.substring(11);
        assertThrows(IllegalArgumentException.class, () -> Bech32.decode(flipped));
        assertThrows(IllegalArgumentException.class, () -> Bech32.decode("Pool17sln0evyk5tfj6zh2qrlk9vttgy6264sfe2fkec5mheasnlx3yd"));
        assertThrows(IllegalArgumentException.class, () -> Bech32.decode(id.replace('1', 'b')));
        assertThrows(IllegalArgumentException.class, () -> PoolId.parse(Bech32.encode("addr", new byte[28])));
        assertEquals(PoolId.parse(id), PoolId.parse(id.toUpperCase())); // single-case upper is valid bech32
    }

    @Test
    void bech32MatchesTheBip173TestVectors() {
        // valid checksums listed in BIP-173
        for (String valid : new String[] {"a12uel5l", "abcdef1qpzry9x8gf2tvdw0s3jn54khce6mua7lmqqqxw",
                "split1checkupstagehandshakeupstreamerranterredcaperred2y9e3w"}) {
            Bech32.Decoded d = Bech32.decode(valid);
            assertEquals(valid, Bech32.encode(d.hrp(), d.data()));
        }
    }

    static OperationalCertificate opcert(JsonNode o, String coldVkHex) {
        return OperationalCertificate.of(KesVerificationKey.fromBytes(hex(o.get("kes_vk").asText())),
                o.get("issue_number").asLong(), o.get("start_kes_period").asLong(),
                Ed25519Signature.fromBytes(hex(o.get("cert_sig").asText())),
                Ed25519VerificationKey.fromBytes(hex(coldVkHex)));
    }
}
