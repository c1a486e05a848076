package org.newsevents.stack;

import java.nio.file.Path;
import java.time.Duration;

/**
 * Addresses of a running local stack.
 *
 * @param bootstrapServers Kafka bootstrap servers, e.g. {@code 127.0.0.1:9092}
 * @param registryUrl registry base URL, e.g. {@code http://127.0.0.1:8081} (core API under {@code /apis/registry/v3},
 *     Confluent-compatible API under {@code /apis/ccompat/v7})
 * @param dataDir the stack's data directory (logs: {@code kafka/broker.log}, {@code registry/registry.log})
 * @param alreadyRunning true when nothing had to be started
 * @param startTime how long starting and waiting took
 */
public record StackInfo(String bootstrapServers, String registryUrl, Path dataDir, boolean alreadyRunning,
                        Duration startTime) {

    /** Human-readable lines for the CLI. */
    public String describe() {
        String head = alreadyRunning
                ? "Local stack already running (data " + dataDir + ")"
                : "Local stack ready in " + String.format("%.1f", startTime.toMillis() / 1000.0) + " s (data " + dataDir + ")";
        return head + System.lineSeparator()
                + "  Kafka bootstrap servers: " + bootstrapServers + System.lineSeparator()
                + "  Schema registry:         " + registryUrl + System.lineSeparator()
                + "  Registry API:            " + registryUrl + "/apis/registry/v3" + System.lineSeparator()
                + "  Confluent-compatible:    " + registryUrl + "/apis/ccompat/v7";
    }
}
