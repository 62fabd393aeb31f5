package io.mithril.ouroboros;

import java.util.function.LongSupplier;

/**
 * Tunables of a {@link Mux}.
 *
 * @param maxSegmentPayload largest payload this side writes per segment (1..65535; Haskell uses 12288 on sockets,
 *        pallas 65535); any size up to 65535 is always accepted on input
 * @param ingressLimit most bytes buffered for one mini-protocol before the peer is considered misbehaving
 * @param microsClock the monotonic microsecond clock whose low 32 bits stamp outgoing segments
 */
public record MuxSettings(int maxSegmentPayload, int ingressLimit, LongSupplier microsClock) {
    /** The Haskell socket-bearer SDU size. */
    public static final int HASKELL_SOCKET_SDU = 12288;
    /** Enough for a 1000-message notification reply (≤ 2800 bytes each) with room to spare. */
    public static final int DEFAULT_INGRESS_LIMIT = 32 * 1024 * 1024;

    public MuxSettings {
        if (maxSegmentPayload < 1 || maxSegmentPayload > SegmentHeader.MAX_PAYLOAD) {
            throw new IllegalArgumentException("max segment payload " + maxSegmentPayload + " outside 1..65535");
        }
        if (ingressLimit < SegmentHeader.MAX_PAYLOAD) {
            throw new IllegalArgumentException("ingress limit below one segment");
        }
    }

    public static MuxSettings defaults() {
        return new MuxSettings(HASKELL_SOCKET_SDU, DEFAULT_INGRESS_LIMIT, () -> System.nanoTime() / 1000);
    }

    public MuxSettings withMaxSegmentPayload(int size) {
        return new MuxSettings(size, ingressLimit, microsClock);
    }

    public MuxSettings withMicrosClock(LongSupplier clock) {
        return new MuxSettings(maxSegmentPayload, ingressLimit, clock);
    }
}
