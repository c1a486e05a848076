package org.newsevents.cli.replay;

/**
 * The Streams application id of a replay: {@code <application.id>-replay-<extractorVersion>}. A new id
 * means a new consumer group (no committed offsets, so it reads news.articles from the start) and a new,
 * empty dedupe store (the live extractor's store would drop every article it has seen). Derived from the
 * version, not a timestamp, so an interrupted replay of the same extractor resumes where it stopped.
 */
public final class ReplayApplicationId {
    private ReplayApplicationId() {
    }

    public static String of(String applicationId, String extractorVersion) {
        // Kafka allows only [a-zA-Z0-9._-] in group ids used as topic prefixes; versions carry '+'.
        StringBuilder id = new StringBuilder(applicationId).append("-replay-");
        for (int i = 0; i < extractorVersion.length(); i++) {
            char c = extractorVersion.charAt(i);
            boolean legal = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || c == '.' || c == '_' || c == '-';
            id.append(legal ? c : '_');
        }
        return id.toString();
    }
}
