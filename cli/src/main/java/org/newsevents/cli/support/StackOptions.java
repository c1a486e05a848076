package org.newsevents.cli.support;

import java.nio.file.Path;
import org.newsevents.stack.StackSettings;
import picocli.CommandLine.Option;

/** Where the embedded local stack lives and which ports it binds. */
public final class StackOptions {
    @Option(names = "--data-dir", paramLabel = "DIR", defaultValue = "${env:NEWSEVENTS_DATA_DIR:-data}",
        description = "Local stack data directory (env NEWSEVENTS_DATA_DIR; default ${DEFAULT-VALUE}).")
    Path dataDir;

    @Option(names = "--kafka-port", defaultValue = "9092", description = "Local broker port (default ${DEFAULT-VALUE}).")
    int kafkaPort;

    @Option(names = "--controller-port", defaultValue = "9093", description = "Local KRaft controller port (default ${DEFAULT-VALUE}).")
    int controllerPort;

    @Option(names = "--registry-port", defaultValue = "8081", description = "Local registry port (default ${DEFAULT-VALUE}).")
    int registryPort;

    public StackSettings settings() {
        return StackSettings.defaults().withDataDir(dataDir).withKafkaPort(kafkaPort)
            .withControllerPort(controllerPort).withRegistryPort(registryPort);
    }
}
