package org.newsevents.extractor.pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Deterministic event ids: the first 32 hex characters of SHA-256 over
 * {@code articleId|extractorVersion|type|start|end|discriminator}, so re-running the same article
 * with the same extractor version yields the same ids (consumers can upsert on them).
 */
public final class EventIds {
    private EventIds() {
    }

    public static String of(String articleId, String extractorVersion, String type, int start, int end, String discriminator) {
        String key = articleId + '|' + extractorVersion + '|' + type + '|' + start + '|' + end + '|' + discriminator;
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
        }
    }
}
