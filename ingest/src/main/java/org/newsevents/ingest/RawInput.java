package org.newsevents.ingest;

/**
 * One input as read: where it came from ({@code source}: a file path, {@code path:line}, {@code stdin},
 * {@code http}), its bytes and its full size ({@code size > bytes.length} when the reader stopped early
 * because the input was over the limit). {@code jsonObject} says the bytes hold one JSON object rather than
 * plain text.
 */
public record RawInput(String source, byte[] bytes, long size, boolean jsonObject) {
    public static RawInput text(String source, byte[] bytes) {
        return new RawInput(source, bytes, bytes.length, false);
    }

    public static RawInput json(String source, byte[] bytes) {
        return new RawInput(source, bytes, bytes.length, true);
    }
}
