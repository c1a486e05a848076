package org.newsevents.sink;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.SinkHarness.Running;

/** What a file sink on the real broker and registry counts, and what its health says. */
class SinkMetricsIT {
    @TempDir
    Path out;

    private double count(SimpleMeterRegistry registry, String name, String... tags) {
        var counter = registry.find(name).tags(tags).counter();
        return counter == null ? 0 : counter.count();
    }

    @Test
    void countsRecordsPerTypeCommitsAndDeadLettersAndIsUpWhileRunning() throws Exception {
        Settings settings = SinkHarness.settings(out.toString(), Map.of());
        List<SpecificRecord> records = new ArrayList<>(TestEvents.article("metrics-a", "v1", 2));
        SinkHarness.produce(settings, records);
        SinkHarness.produceRaw(settings, Topics.DATES, "metrics-bad", new byte[] {1, 2, 3});
        SimpleMeterRegistry registry = new SimpleMeterRegistry();

        EventSink sink = EventSinks.create(settings, registry);
        assertThat(sink.health().isUp()).isFalse();
        try (Running r = new Running(sink)) {
            r.awaitCaughtUp();
            assertThat(r.failure.get()).isNull();
            assertThat(sink.health().isUp()).isTrue();

            // The group is new and the topics are shared with the other ITs of this JVM: at least ours are counted.
            long expectedStatements = records.stream().filter(x -> TestEvents.topicOf(x).equals(Topics.STATEMENTS)).count();
            assertThat(count(registry, SinkMetrics.RECORDS, "type", "statements")).isGreaterThanOrEqualTo(expectedStatements);
            assertThat(count(registry, SinkMetrics.RECORDS, "type", "articles")).isGreaterThanOrEqualTo(1);
            assertThat(count(registry, SinkMetrics.COMMITS)).isPositive();
            assertThat(count(registry, SinkMetrics.DEAD_LETTERS, "reason", "DESERIALIZATION")).isGreaterThanOrEqualTo(1);
            assertThat(count(registry, SinkMetrics.RETRIES)).isZero();
            assertThat(registry.get(SinkMetrics.TARGET_UNAVAILABLE).gauge().value()).isZero();
            assertThat(registry.find("kafka.consumer.fetch.manager.records.lag.max").gauges()).as("consumer lag").isNotEmpty();
        }
        assertThat(sink.health().isUp()).isFalse();
        assertThat(sink.health().detail()).isEqualTo("stopped");
    }
}
