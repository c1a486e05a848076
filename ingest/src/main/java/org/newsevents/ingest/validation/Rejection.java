package org.newsevents.ingest.validation;

import org.newsevents.common.ids.ContentHash;

/**
 * A refused input: reason, detail, where it came from and its original bytes (possibly cut short by the
 * reader). It is published as a {@code DeadLetter} keyed by the SHA-256 of the original bytes.
 */
public record Rejection(RejectReason reason, String detail, String source, byte[] original) {
    public static Rejection of(InvalidArticleException e, String source, byte[] original) {
        return new Rejection(e.reason(), e.detail(), source, original);
    }

    /** The record key: deterministic, so the same bad input always lands on the same partition. */
    public String key() {
        return ContentHash.sha256Hex(original == null ? new byte[0] : original);
    }
}
