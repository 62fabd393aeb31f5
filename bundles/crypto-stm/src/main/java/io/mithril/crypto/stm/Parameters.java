package io.mithril.crypto.stm;

/**
 * STM protocol parameters: {@code m} lottery indexes per signer, quorum {@code k} distinct won indexes, lottery
 * difficulty {@code phiF} in {@code phi(w) = 1 - (1 - phiF)^w}. {@code m} and {@code k} are unsigned 64-bit.
 * Any values can be held (decoders must represent what they read); {@link #validate()} is checked before use.
 */
public record Parameters(long m, long k, double phiF) {

    /**
     * @throws StmException {@link StmError#INVALID_PARAMETERS} if phi_f is not in (0, 1] (the reference would panic
     *                      on the NaN logarithm) or k is zero
     */
    public void validate() throws StmException {
        if (!(phiF > 0.0 && phiF <= 1.0)) {
            throw new StmException(StmError.INVALID_PARAMETERS, "phi_f must be in (0, 1], got " + phiF);
        }
        if (k == 0) {
            throw new StmException(StmError.INVALID_PARAMETERS, "k must be positive");
        }
    }

    @Override
    public String toString() {
        return "Parameters[m=" + Long.toUnsignedString(m) + ", k=" + Long.toUnsignedString(k) + ", phi_f=" + phiF + "]";
    }
}
