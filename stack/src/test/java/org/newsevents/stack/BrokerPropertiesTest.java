package org.newsevents.stack;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BrokerPropertiesTest {
    private final Properties rendered = load(BrokerProperties.render(Path.of("/data/kafka/logs"), "127.0.0.1", 9092, 9093));

    @Test
    void rendersCombinedSingleNodeKraftWithStaticVoter() {
        assertThat(rendered.getProperty("process.roles")).isEqualTo("broker,controller");
        assertThat(rendered.getProperty("node.id")).isEqualTo("1");
        assertThat(rendered.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
        assertThat(rendered.getProperty("listeners"))
                .isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(rendered.getProperty("advertised.listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092");
        assertThat(rendered.getProperty("controller.listener.names")).isEqualTo("CONTROLLER");
    }

    @Test
    void setsReplicationFactorOneForInternalTopicsSoTransactionsWork() {
        assertThat(rendered).containsEntry("offsets.topic.replication.factor", "1")
                .containsEntry("transaction.state.log.replication.factor", "1")
                .containsEntry("transaction.state.log.min.isr", "1")
                .containsEntry("share.coordinator.state.topic.replication.factor", "1")
                .containsEntry("share.coordinator.state.topic.min.isr", "1")
                .containsEntry("group.initial.rebalance.delay.ms", "0");
    }

    @Test
    void disablesTopicAutoCreation() {
        assertThat(rendered).containsEntry("auto.create.topics.enable", "false");
    }

    @Test
    void keepsLogDirsAbsoluteUnderTheGivenDirectory() {
        Properties relative = load(BrokerProperties.render(Path.of("data/kafka/logs"), "127.0.0.1", 1, 2));

        assertThat(relative.getProperty("log.dirs")).startsWith("/").endsWith("/data/kafka/logs");
        assertThat(rendered.getProperty("log.dirs")).isEqualTo("/data/kafka/logs");
    }

    @Test
    void usesTheGivenPortsAndHost() {
        Properties other = load(BrokerProperties.render(Path.of("/x"), "127.0.0.2", 40001, 40002));

        assertThat(other.getProperty("listeners")).isEqualTo("PLAINTEXT://127.0.0.2:40001,CONTROLLER://127.0.0.2:40002");
        assertThat(other.getProperty("controller.quorum.voters")).isEqualTo("1@127.0.0.2:40002");
    }

    private static Properties load(String text) {
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(text));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
        return properties;
    }
}
