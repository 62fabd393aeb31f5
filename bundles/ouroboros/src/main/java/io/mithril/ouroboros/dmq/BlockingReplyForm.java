package io.mithril.ouroboros.dmq;

/** How a server writes {@code MsgReplyBlocking} (dmq.md §2.2). Decoders accept both. */
public enum BlockingReplyForm {
    /** dmq-node: {@code [2, msgs]} with array header 2. */
    DMQ_NODE,
    /** pallas 1.1.1 (and so mithril-relay): array header 3 but only the 2 elements {@code 83 02 9f…ff}. */
    PALLAS_1_1_1
}
