package org.newsevents.stack;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * The addresses a stack was started with, kept in {@code <data>/stack.properties} so that {@code status} and a
 * second {@code up} know them without being told again.
 */
record StackState(String host, int kafkaPort, int controllerPort, int registryPort) {
    static final String FILE = "stack.properties";

    static StackState of(StackSettings settings) {
        return new StackState(settings.host(), settings.kafkaPort(), settings.controllerPort(), settings.registryPort());
    }

    StackSettings applyTo(StackSettings settings) {
        return settings.withHost(host).withKafkaPort(kafkaPort).withControllerPort(controllerPort)
                .withRegistryPort(registryPort);
    }

    static Optional<StackState> read(Path dataDir) {
        Path file = dataDir.resolve(FILE);
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
            return Optional.of(new StackState(p.getProperty("host"), Integer.parseInt(p.getProperty("kafka.port")),
                    Integer.parseInt(p.getProperty("controller.port")), Integer.parseInt(p.getProperty("registry.port"))));
        } catch (IOException | RuntimeException e) {
            // A damaged state file only loses the recorded addresses; pid files still say what runs.
            return Optional.empty();
        }
    }

    void write(Path dataDir) {
        Properties p = new Properties();
        p.setProperty("host", host);
        p.setProperty("kafka.port", Integer.toString(kafkaPort));
        p.setProperty("controller.port", Integer.toString(controllerPort));
        p.setProperty("registry.port", Integer.toString(registryPort));
        try {
            Files.createDirectories(dataDir);
            try (Writer out = Files.newBufferedWriter(dataDir.resolve(FILE), StandardCharsets.UTF_8)) {
                p.store(out, "newsevents local stack: addresses of the running servers");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void delete(Path dataDir) {
        try {
            Files.deleteIfExists(dataDir.resolve(FILE));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
