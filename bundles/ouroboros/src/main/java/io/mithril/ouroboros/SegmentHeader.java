package io.mithril.ouroboros;

import java.nio.ByteBuffer;

/**
 * The 8-byte header of a mux segment (SDU): u32be timestamp (low 32 bits of the sender's monotonic microsecond
 * clock, informational), u16be {@code mode << 15 | protocol}, u16be payload length (dmq.md §1.2).
 */
public record SegmentHeader(int timestamp, MuxMode mode, int protocol, int payloadLength) {
    public static final int SIZE = 8;
    public static final int MAX_PROTOCOL = 0x7fff;
    public static final int MAX_PAYLOAD = 0xffff;

    public SegmentHeader {
        if (protocol < 0 || protocol > MAX_PROTOCOL) {
            throw new IllegalArgumentException("mini-protocol number " + protocol + " outside 0.." + MAX_PROTOCOL);
        }
        if (payloadLength < 0 || payloadLength > MAX_PAYLOAD) {
            throw new IllegalArgumentException("segment payload length " + payloadLength + " outside 0.." + MAX_PAYLOAD);
        }
    }

    public void writeTo(ByteBuffer out) {
        out.putInt(timestamp);
        out.putShort((short) ((mode == MuxMode.RESPONDER ? 0x8000 : 0) | protocol));
        out.putShort((short) payloadLength);
    }

    public byte[] toBytes() {
        ByteBuffer out = ByteBuffer.allocate(SIZE);
        writeTo(out);
        return out.array();
    }

    /** Reads the 8 header bytes at the buffer's position. */
    public static SegmentHeader readFrom(ByteBuffer in) {
        int timestamp = in.getInt();
        int field = Short.toUnsignedInt(in.getShort());
        int length = Short.toUnsignedInt(in.getShort());
        return new SegmentHeader(timestamp, (field & 0x8000) != 0 ? MuxMode.RESPONDER : MuxMode.INITIATOR,
                field & MAX_PROTOCOL, length);
    }
}
