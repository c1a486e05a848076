package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class StackSettingsTest {

    @Test
    void defaultsToDataDirAndStandardPortsOnLoopback() {
        StackSettings defaults = StackSettings.defaults();

        assertThat(defaults.dataDir()).isEqualTo(Path.of("data"));
        assertThat(defaults.bootstrapServers()).isEqualTo("127.0.0.1:9092");
        assertThat(defaults.controllerPort()).isEqualTo(9093);
        assertThat(defaults.registryUrl()).isEqualTo("http://127.0.0.1:8081");
    }

    @Test
    void rejectsTheSamePortForTwoServers() {
        assertThatThrownBy(() -> StackSettings.defaults().withRegistryPort(9092))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must differ");
    }

    @Test
    void rejectsPortOutOfRange() {
        assertThatThrownBy(() -> StackSettings.defaults().withKafkaPort(70000))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("kafkaPort");
    }
}
