package org.newsevents.common.dlq;

import java.nio.ByteBuffer;
import java.time.Instant;
import org.newsevents.schemas.DeadLetter;

/** Builds {@link DeadLetter} records: what failed, where, why, with the original bytes where they fit. */
public final class DeadLetters {
    /** Original bytes above this are cut, so a dead letter always fits the topic's message limit. */
    public static final int MAX_ORIGINAL_BYTES = 8 * 1024 * 1024;

    private DeadLetters() {
    }

    public static DeadLetter.Builder of(String stage, String reason, String detail) {
        return DeadLetter.newBuilder()
            .setStage(stage)
            .setReason(reason)
            .setDetail(detail)
            .setFailedAt(Instant.now());
    }

    public static ByteBuffer original(byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        int n = Math.min(bytes.length, MAX_ORIGINAL_BYTES);
        return ByteBuffer.wrap(bytes, 0, n).slice();
    }
}
