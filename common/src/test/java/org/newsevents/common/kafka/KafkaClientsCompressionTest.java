package org.newsevents.common.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.ConfigException;
import org.newsevents.common.config.SettingsLoader;

/** compression.type: gzip unless an app's configuration says otherwise, and only codecs Kafka knows. */
class KafkaClientsCompressionTest {
    @TempDir
    Path dir;

    @Test
    void producersCompressWithGzipByDefault() {
        var settings = new SettingsLoader(CommonConfig.define(), Map.of()).load("ingest", dir, Map.of());

        assertThat(KafkaClients.producer(settings, "t")).containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
    }

    @Test
    void oneAppCanChooseAnotherCodecInItsOwnFile() throws IOException {
        Files.writeString(dir.resolve("ingest.properties"), "compression.type=zstd\n");
        var loader = new SettingsLoader(CommonConfig.define(), Map.of());

        assertThat(KafkaClients.producer(loader.load("ingest", dir, Map.of()), "t"))
            .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        assertThat(KafkaClients.producer(loader.load("extractor", dir, Map.of()), "t"))
            .containsEntry(ProducerConfig.COMPRESSION_TYPE_CONFIG, "gzip");
    }

    @Test
    void anUnknownCodecIsAStartUpError() {
        assertThatThrownBy(() -> new SettingsLoader(CommonConfig.define(), Map.of())
            .load("sink", dir, Map.of(CommonConfig.COMPRESSION_TYPE, "brotli")))
            .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .anySatisfy(p -> assertThat(p).startsWith("compression.type:")));
    }
}
