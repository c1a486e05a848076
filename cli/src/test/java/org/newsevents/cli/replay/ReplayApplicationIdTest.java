package org.newsevents.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReplayApplicationIdTest {
    @Test
    void appendsReplayAndVersionToTheApplicationId() {
        assertThat(ReplayApplicationId.of("newsevents-extractor", "v2")).isEqualTo("newsevents-extractor-replay-v2");
    }

    @Test
    void replacesCharactersKafkaRefusesInGroupAndTopicNames() {
        assertThat(ReplayApplicationId.of("app", "0.1.0-SNAPSHOT+20261122120500.1a2b3c4d"))
            .isEqualTo("app-replay-0.1.0-SNAPSHOT_20261122120500.1a2b3c4d");
    }

    @Test
    void sameVersionGivesSameIdSoAnInterruptedReplayResumes() {
        assertThat(ReplayApplicationId.of("app", "v2")).isEqualTo(ReplayApplicationId.of("app", "v2"));
    }
}
