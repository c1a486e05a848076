package org.newsevents.stack;

import java.nio.file.Path;
import java.util.List;

/**
 * What of a local stack runs, as seen from its data directory.
 *
 * @param dataDir the data directory that was inspected
 * @param components the broker and the registry, in that order
 */
public record StackStatus(Path dataDir, List<Component> components) {

    /** True when every component runs and answers. */
    public boolean running() {
        return components.stream().allMatch(Component::ready);
    }

    /** True when no component runs. */
    public boolean stopped() {
        return components.stream().noneMatch(Component::alive);
    }

    /** Human-readable lines for the CLI. */
    public String describe() {
        StringBuilder text = new StringBuilder("Local stack in " + dataDir + ": "
                + (running() ? "running" : stopped() ? "not running" : "partly running"));
        components.forEach(c -> text.append(System.lineSeparator()).append("  ").append(c.describe()));
        return text.toString();
    }

    /**
     * One server of the stack.
     *
     * @param name "kafka" or "registry"
     * @param address bootstrap servers or URL it was started with, null when unknown
     * @param pid its process id, or -1 when it does not run
     * @param alive true when the process runs
     * @param ready true when it answers (describeCluster / {@code /health/ready})
     * @param log its log file
     */
    public record Component(String name, String address, long pid, boolean alive, boolean ready, Path log) {
        String describe() {
            if (!alive) {
                return String.format("%-8s stopped", name);
            }
            return String.format("%-8s pid %-7d %-28s %s  (log %s)", name, pid, address,
                    ready ? "ready" : "NOT READY", log);
        }
    }
}
