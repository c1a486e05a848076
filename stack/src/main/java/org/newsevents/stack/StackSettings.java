package org.newsevents.stack;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the local stack keeps its files and which addresses it binds.
 *
 * @param dataDir data directory (default {@code ./data}): {@code kafka/}, {@code registry/}, pid and state files
 * @param host address every server binds (default 127.0.0.1)
 * @param kafkaPort Kafka client port (default 9092)
 * @param controllerPort KRaft controller port (default 9093)
 * @param registryPort Apicurio Registry HTTP port (default 8081)
 * @param registryHome unpacked Apicurio Registry distribution, or null for {@link RegistryDistribution}'s lookup
 */
public record StackSettings(Path dataDir, String host, int kafkaPort, int controllerPort, int registryPort,
                            Path registryHome) {
    public static final int DEFAULT_KAFKA_PORT = 9092;
    public static final int DEFAULT_CONTROLLER_PORT = 9093;
    public static final int DEFAULT_REGISTRY_PORT = 8081;

    public StackSettings {
        Objects.requireNonNull(dataDir, "dataDir");
        Objects.requireNonNull(host, "host");
        requirePort(kafkaPort, "kafkaPort");
        requirePort(controllerPort, "controllerPort");
        requirePort(registryPort, "registryPort");
        if (kafkaPort == controllerPort || kafkaPort == registryPort || controllerPort == registryPort) {
            throw new IllegalArgumentException("The Kafka port (" + kafkaPort + "), controller port (" + controllerPort
                    + ") and registry port (" + registryPort + ") must differ");
        }
    }

    /** {@code ./data}, 127.0.0.1, ports 9092, 9093 and 8081. */
    public static StackSettings defaults() {
        return new StackSettings(Path.of("data"), "127.0.0.1", DEFAULT_KAFKA_PORT, DEFAULT_CONTROLLER_PORT,
                DEFAULT_REGISTRY_PORT, null);
    }

    public StackSettings withDataDir(Path dir) {
        return new StackSettings(dir, host, kafkaPort, controllerPort, registryPort, registryHome);
    }

    public StackSettings withHost(String newHost) {
        return new StackSettings(dataDir, newHost, kafkaPort, controllerPort, registryPort, registryHome);
    }

    public StackSettings withKafkaPort(int port) {
        return new StackSettings(dataDir, host, port, controllerPort, registryPort, registryHome);
    }

    public StackSettings withControllerPort(int port) {
        return new StackSettings(dataDir, host, kafkaPort, port, registryPort, registryHome);
    }

    public StackSettings withRegistryPort(int port) {
        return new StackSettings(dataDir, host, kafkaPort, controllerPort, port, registryHome);
    }

    public StackSettings withRegistryHome(Path home) {
        return new StackSettings(dataDir, host, kafkaPort, controllerPort, registryPort, home);
    }

    public String bootstrapServers() {
        return host + ":" + kafkaPort;
    }

    public String registryUrl() {
        return "http://" + host + ":" + registryPort;
    }

    private static void requirePort(int port, String name) {
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException(name + " must be between 1 and 65535, got " + port);
        }
    }
}
