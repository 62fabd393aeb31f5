package io.mithril.api.testing;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

/** The contract check itself rejects what openapi.yaml forbids, so that a passing route test means something. */
class OpenApiContractTest {
    private static final String GENESIS = "57c16dc2c25471a1c55d66d944eaa334a32e05f8e267860b43f4ed8d5c3a65ea";

    @Test
    void acceptsTheReferenceGenesisCertificate() {
        OpenApiContract.assertValidResponse("/certificate/genesis", 200,
                DevnetFixture.json("certificates.json").get(GENESIS).toString());
    }

    @Test
    void rejectsAnUndeclaredFieldWhereAdditionalPropertiesAreFalse() {
        ObjectNode msd = (ObjectNode) DevnetFixture.json(DevnetFixture.MSD_FILE).elements().next();
        msd.put("unexpected", 1);
        assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertValidResponse(
                "/artifact/mithril-stake-distribution/{hash}", 200, msd.toString()));
    }

    @Test
    void rejectsAMissingRequiredFieldAndAWrongType() {
        ObjectNode csd = (ObjectNode) DevnetFixture.json(DevnetFixture.CSD_FILE).elements().next();
        ObjectNode missing = csd.deepCopy();
        missing.remove("certificate_hash");
        ObjectNode wrongType = csd.deepCopy();
        wrongType.put("epoch", "sixteen");
        assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertValidResponse(
                "/artifact/cardano-stake-distribution/{hash}", 200, missing.toString()));
        assertThrows(AssertionFailedError.class, () -> OpenApiContract.assertValidResponse(
                "/artifact/cardano-stake-distribution/{hash}", 200, wrongType.toString()));
    }

    @Test
    void rejectsAnErrorBodyWithoutMessage() {
        assertThrows(AssertionFailedError.class,
                () -> OpenApiContract.assertValidSchema("Error", "{\"label\":\"invalid_epoch\"}"));
    }
}
