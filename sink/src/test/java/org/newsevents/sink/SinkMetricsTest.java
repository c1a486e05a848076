package org.newsevents.sink;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.newsevents.schemas.Topics;

class SinkMetricsTest {
    @Test
    void namesEachEventTopicByItsType() {
        assertThat(SinkMetrics.typeOf(Topics.STATEMENTS)).isEqualTo("statements");
        assertThat(SinkMetrics.typeOf(Topics.DATES)).isEqualTo("dates");
        assertThat(SinkMetrics.typeOf(Topics.SANCTIONS)).isEqualTo("sanctions");
        assertThat(SinkMetrics.typeOf(Topics.SUMMARIES)).isEqualTo("articles");
    }

    @Test
    void hidesTheParametersOfAJdbcUrlButNotADirectory() {
        assertThat(SinkConfig.describeTarget("jdbc:postgresql://db:5432/news?user=u&password=secret"))
            .isEqualTo("jdbc:postgresql://db:5432/news?[parameters hidden]");
        assertThat(SinkConfig.describeTarget("out")).isEqualTo("out");
    }
}
