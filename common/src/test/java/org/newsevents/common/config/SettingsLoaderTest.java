package org.newsevents.common.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SettingsLoaderTest {
    @TempDir
    Path dir;

    private static ConfigDef def() {
        return CommonConfig.define()
            .define("threads", ConfigDef.Type.INT, 1, ConfigDef.Range.atLeast(1), ConfigDef.Importance.LOW, "threads");
    }

    @Test
    void appliesDefaultsThenFilesThenEnvironmentThenFlags() throws IOException {
        Files.writeString(dir.resolve("newsevents.properties"), "bootstrap.servers=common:1\nregistry.url=http://file\nthreads=2\n");
        Files.writeString(dir.resolve("extractor.properties"), "bootstrap.servers=app:2\nthreads=3\n");
        Map<String, String> env = Map.of("NEWSEVENTS_BOOTSTRAP_SERVERS", "env:3", "NEWSEVENTS_THREADS", "4");

        Settings s = new SettingsLoader(def(), env).load("extractor", dir, Map.of("threads", "5"));

        assertThat(s.string("bootstrap.servers")).isEqualTo("env:3");
        assertThat(s.string("registry.url")).isEqualTo("http://file");
        assertThat(s.integer("threads")).isEqualTo(5);
        assertThat(s.string("security.protocol")).isEqualTo("PLAINTEXT");
    }

    @Test
    void reportsEveryProblemAtOnce() throws IOException {
        Files.writeString(dir.resolve("extractor.properties"), "threads=0\nsecurity.protocol=PIGEON\nno.such.key=1\n");

        assertThatThrownBy(() -> new SettingsLoader(def(), Map.of()).load("extractor", dir, Map.of()))
            .isInstanceOfSatisfying(ConfigException.class, e -> assertThat(e.problems())
                .hasSize(3)
                .anySatisfy(p -> assertThat(p).startsWith("threads:"))
                .anySatisfy(p -> assertThat(p).startsWith("security.protocol:"))
                .anySatisfy(p -> assertThat(p).contains("unknown setting 'no.such.key'")));
    }

    @Test
    void passesKafkaPrefixedKeysToClientsAndHidesPasswords() throws IOException {
        Files.writeString(dir.resolve("newsevents.properties"), "kafka.request.timeout.ms=1234\nssl.truststore.password=s3cret\n");

        Settings s = new SettingsLoader(def(), Map.of()).load("sink", dir, Map.of());

        assertThat(s.clientPassthrough()).containsEntry("request.timeout.ms", "1234");
        assertThat(s.string("ssl.truststore.password")).isEqualTo("s3cret");
        assertThat(s.toString()).doesNotContain("s3cret");
    }

    @Test
    void mapsKeysToEnvironmentVariableNames() {
        assertThat(SettingsLoader.envName("registry.url")).isEqualTo("NEWSEVENTS_REGISTRY_URL");
        assertThat(SettingsLoader.envName("http.max-bytes")).isEqualTo("NEWSEVENTS_HTTP_MAX_BYTES");
    }

    @Test
    void leavesKeysOfOtherAppsInTheSharedFileAlone() throws IOException {
        Files.writeString(dir.resolve("newsevents.properties"), "sink.db.user=analyst\nthreads=2\n");

        Settings s = new SettingsLoader(def(), Map.of()).load("extractor", dir, Map.of());

        assertThat(s.integer("threads")).isEqualTo(2);
        assertThat(s.has("sink.db.user")).isFalse();
    }
}
