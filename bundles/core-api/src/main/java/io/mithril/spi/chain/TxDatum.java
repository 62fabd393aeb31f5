package io.mithril.spi.chain;

/**
 * An inline datum of a UTxO, as the JSON the node returns for it (the era reader decodes era markers from it).
 */
public record TxDatum(String json) {
}
