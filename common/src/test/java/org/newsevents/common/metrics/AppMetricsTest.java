package org.newsevents.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.apache.kafka.common.config.ConfigDef;
import org.junit.jupiter.api.Test;
import org.newsevents.common.config.Settings;

class AppMetricsTest {
    @Test
    void servesNothingWhenThePortIsZero() {
        try (AppMetrics metrics = AppMetrics.create("test")) {
            assertThat(metrics.serve(Settings.of(Map.of(MetricsConfig.PORT, 0)), Health::up)).isEmpty();
        }
    }

    @Test
    void tagsEveryMetricWithTheAppAndBindsJvmMetrics() {
        try (AppMetrics metrics = AppMetrics.create("sink")) {
            metrics.registry().counter("newsevents.test").increment();

            assertThat(metrics.scrape())
                .contains("newsevents_test_total{app=\"sink\"} 1.0")
                .contains("jvm_memory_used_bytes")
                .contains("jvm_threads_live_threads")
                .contains("jvm_gc_");
        }
    }

    @Test
    void definesPortAndLoopbackBindForEveryApp() {
        ConfigDef def = MetricsConfig.define(new ConfigDef());

        assertThat(def.defaultValues()).containsEntry(MetricsConfig.PORT, 0).containsEntry(MetricsConfig.BIND, "127.0.0.1");
    }
}
