package io.mithril.api.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The artifact JSON the reference keeps in {@code signed_entity.artifact}: its artifact structs, without the
 * {@code certificate_hash} and {@code created_at} that the detail messages add from the row. For the Mithril stake
 * distribution the signers field is {@code signers_with_stake} (the message calls it {@code signers}).
 */
public final class ReferenceArtifactForms {
    private ReferenceArtifactForms() {
    }

    /** {@code {"epoch","signers_with_stake","hash","protocol_parameters"}} from an MSD detail message. */
    public static String mithrilStakeDistribution(JsonNode message) {
        ObjectNode artifact = JsonNodeFactory.instance.objectNode();
        artifact.set("epoch", message.get("epoch"));
        artifact.set("signers_with_stake", message.get("signers"));
        artifact.set("hash", message.get("hash"));
        artifact.set("protocol_parameters", message.get("protocol_parameters"));
        return artifact.toString();
    }

    /** {@code {"epoch","hash","stake_distribution"}} from a CSD detail message. */
    public static String cardanoStakeDistribution(JsonNode message) {
        ObjectNode artifact = JsonNodeFactory.instance.objectNode();
        artifact.set("epoch", message.get("epoch"));
        artifact.set("hash", message.get("hash"));
        artifact.set("stake_distribution", message.get("stake_distribution"));
        return artifact.toString();
    }

    /** Any other detail message minus the fields the route adds from the row. */
    public static String withoutServedFields(JsonNode message) {
        ObjectNode artifact = message.deepCopy();
        artifact.remove("certificate_hash");
        artifact.remove("created_at");
        return artifact.toString();
    }
}
