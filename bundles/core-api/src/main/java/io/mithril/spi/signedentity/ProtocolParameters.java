package io.mithril.spi.signedentity;

/** STM protocol parameters: quorum k, number of lotteries m, and phi_f. */
public record ProtocolParameters(long k, long m, double phiF) {
}
