package org.newsevents.stack.broker;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import kafka.Kafka;
import kafka.tools.StorageTool;
import org.apache.kafka.common.Uuid;

/**
 * Entry point of the broker child JVM: {@code KafkaBrokerMain <dir>} where {@code dir} holds
 * {@code server.properties}. Formats the storage once (the cluster id is kept in {@code dir/cluster.id}),
 * then runs Kafka's own main, which blocks and shuts down cleanly on SIGTERM.
 */
public final class KafkaBrokerMain {
    private KafkaBrokerMain() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: KafkaBrokerMain <broker-dir containing server.properties>");
            System.exit(2);
        }
        Path dir = Path.of(args[0]).toAbsolutePath();
        Path serverProperties = dir.resolve("server.properties");
        Path logDir = Path.of(load(serverProperties).getProperty("log.dirs"));
        if (!Files.exists(logDir.resolve("meta.properties"))) {
            String clusterId = clusterId(dir.resolve("cluster.id"));
            int rc = StorageTool.execute(
                    new String[] {"format", "-t", clusterId, "-c", serverProperties.toString(), "--ignore-formatted"},
                    System.out);
            if (rc != 0) {
                System.err.println("Formatting the storage in " + logDir + " failed with exit code " + rc);
                System.exit(rc);
            }
        }
        Kafka.main(new String[] {serverProperties.toString()});
    }

    private static Properties load(Path file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = new FileInputStream(file.toFile())) {
            properties.load(in);
        }
        return properties;
    }

    private static String clusterId(Path file) throws IOException {
        if (Files.exists(file)) {
            return Files.readString(file, StandardCharsets.UTF_8).trim();
        }
        String id = Uuid.randomUuid().toString();
        Files.writeString(file, id, StandardCharsets.UTF_8);
        return id;
    }
}
