package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalStackIT {
    private static final String HOST = "127.0.0.1";

    @TempDir
    Path data;

    private final StackSettings settings = StackSettings.defaults()
            .withKafkaPort(Ports.freePort(HOST)).withControllerPort(Ports.freePort(HOST))
            .withRegistryPort(Ports.freePort(HOST));

    @Test
    void upInAProcessThatExitsLeavesTheStackRunningUntilDown() throws Exception {
        String output = runStackUpInOwnJvm();
        assertThat(output).contains(settings.bootstrapServers(), settings.registryUrl());

        StackStatus status = LocalStack.status(data);
        assertThat(status.running()).as(status.describe()).isTrue();
        assertThat(status.components()).extracting(StackStatus.Component::address)
                .containsExactly(settings.bootstrapServers(), settings.registryUrl());
        List<ProcessHandle> processes = status.components().stream()
                .map(c -> ProcessHandle.of(c.pid()).orElseThrow()).toList();

        StackInfo again = LocalStack.up(settings.withDataDir(data));
        assertThat(again.alreadyRunning()).isTrue();
        assertThat(again.bootstrapServers()).isEqualTo(settings.bootstrapServers());

        List<String> stopped = LocalStack.down(data);

        assertThat(stopped).hasSize(2);
        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(data.resolve("kafka/broker.pid")).doesNotExist();
        assertThat(data.resolve("registry/registry.pid")).doesNotExist();
        assertThat(LocalStack.status(data).stopped()).isTrue();
        assertThat(LocalStack.down(data)).isEmpty();
    }

    @Test
    void startedHandleStopsWhatItStartedOnClose() {
        List<ProcessHandle> processes;
        try (LocalStack.Handle stack = LocalStack.start(settings.withDataDir(data))) {
            assertThat(stack.startedHere()).isTrue();
            assertThat(stack.bootstrapServers()).isEqualTo(settings.bootstrapServers());
            StackStatus status = LocalStack.status(data);
            assertThat(status.running()).as(status.describe()).isTrue();
            processes = status.components().stream().map(c -> ProcessHandle.of(c.pid()).orElseThrow()).toList();
        }

        assertThat(processes).noneMatch(ProcessHandle::isAlive);
        assertThat(LocalStack.status(data).stopped()).isTrue();
    }

    @Test
    void upFailsNamingTheKafkaPortWhenSomethingElseListensThere() throws IOException {
        try (ServerSocket taken = new ServerSocket(settings.kafkaPort(), 1, InetAddress.getByName(HOST))) {
            assertThatThrownBy(() -> LocalStack.up(settings.withDataDir(data)))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + settings.kafkaPort())
                    .hasMessageContaining("Kafka broker")
                    .hasMessageContaining("already in use");
        }
        assertThat(LocalStack.status(data).stopped()).isTrue();
    }

    @Test
    void upFailsNamingTheRegistryPortWhenSomethingElseListensThere() throws IOException {
        try (ServerSocket taken = new ServerSocket(settings.registryPort(), 1, InetAddress.getByName(HOST))) {
            assertThatThrownBy(() -> LocalStack.up(settings.withDataDir(data)))
                    .isInstanceOf(StackException.class)
                    .hasMessageContaining("Port " + settings.registryPort())
                    .hasMessageContaining("Apicurio Registry");
        }
        assertThat(LocalStack.status(data).stopped()).isTrue();
    }

    private String runStackUpInOwnJvm() throws Exception {
        Path out = data.resolve("up.out");
        Process up = new ProcessBuilder(ChildJvm.javaExecutable(), "-cp", System.getProperty("java.class.path"),
                StackUpProcess.class.getName(), data.toString(), Integer.toString(settings.kafkaPort()),
                Integer.toString(settings.controllerPort()), Integer.toString(settings.registryPort()))
                .redirectErrorStream(true).redirectOutput(out.toFile()).start();
        assertThat(up.waitFor(LocalStack.START_TIMEOUT.toSeconds() + 30, TimeUnit.SECONDS)).isTrue();
        String output = Files.readString(out, StandardCharsets.UTF_8);
        assertThat(up.exitValue()).as(output).isZero();
        return output;
    }
}
