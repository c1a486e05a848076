package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The end-to-end run against containers (Kafka KRaft and Apicurio Registry images), for machines
 * with a Docker engine. Skipped, with Testcontainers' reason, where no Docker engine runs; the
 * same path is covered without Docker by {@link PipelineEndToEndIT}.
 */
@Testcontainers(disabledWithoutDocker = true)
class PipelineTestcontainersIT {
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer(DockerImageName.parse("apache/kafka:4.1.0"));

    @Container
    static final GenericContainer<?> REGISTRY = new GenericContainer<>(DockerImageName.parse("apicurio/apicurio-registry:3.0.9"))
        .withExposedPorts(8080)
        .waitingFor(Wait.forHttp("/health/ready").forStatusCode(200));

    @TempDir
    Path work;

    @Test
    void runExtractsTheSeedsAgainstContainers() throws Exception {
        Path out = work.resolve("out");
        int exit = Main.execute("run", Path.of("..", "corpus").toString(), "--out", out.toString(),
            "--bootstrap-servers", KAFKA.getBootstrapServers(),
            "--registry-url", "http://" + REGISTRY.getHost() + ":" + REGISTRY.getMappedPort(8080),
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=tc-" + UUID.randomUUID(), "--set", "state.dir=" + work.resolve("streams"));

        assertThat(exit).isZero();
        assertThat(Files.readAllLines(out.resolve("articles.jsonl"))).hasSize(5);
        assertThat(Files.readAllLines(out.resolve("statements.jsonl"))).isNotEmpty();
    }
}
