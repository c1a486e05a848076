package org.newsevents.stack;

import java.nio.file.Path;

/** Test helper: runs {@link LocalStack#up} in its own JVM and exits, as the CLI's {@code stack up} does. */
public final class StackUpProcess {
    private StackUpProcess() {
    }

    /** Arguments: data dir, Kafka port, controller port, registry port. */
    public static void main(String[] args) {
        StackInfo info = LocalStack.up(StackSettings.defaults().withDataDir(Path.of(args[0]))
                .withKafkaPort(Integer.parseInt(args[1])).withControllerPort(Integer.parseInt(args[2]))
                .withRegistryPort(Integer.parseInt(args[3])));
        System.out.println(info.describe());
    }
}
