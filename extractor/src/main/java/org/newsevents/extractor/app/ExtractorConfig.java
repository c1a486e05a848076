package org.newsevents.extractor.app;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.metrics.MetricsConfig;

/** The extractor's settings (file: config/extractor.properties; env: NEWSEVENTS_*). */
public final class ExtractorConfig {
    public static final String APP = "extractor";
    public static final String APPLICATION_ID = "application.id";
    public static final String STREAM_THREADS = "num.stream.threads";
    public static final String COMMIT_INTERVAL_MS = "commit.interval.ms";
    public static final String STATE_DIR = "state.dir";
    public static final String EXTRACTOR_VERSION = "extractor.version";
    public static final String ARTICLE_TIMEOUT_MS = "extractor.article.timeout.ms";
    public static final String PARTITIONS = "topic.partitions";
    public static final String REPLICATION = "topic.replication.factor";
    public static final String METRICS_PORT = MetricsConfig.PORT;
    public static final String METRICS_BIND = MetricsConfig.BIND;

    private ExtractorConfig() {
    }

    public static ConfigDef define() {
        return MetricsConfig.define(CommonConfig.define())
            .define(APPLICATION_ID, Type.STRING, "newsevents-extractor", new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Kafka Streams application id: instances with the same id share the work.")
            .define(STREAM_THREADS, Type.INT, 1, Range.between(1, 64), Importance.MEDIUM,
                "Stream threads in this instance (each with its own POS tagger).")
            .define(COMMIT_INTERVAL_MS, Type.LONG, 100L, Range.atLeast(10), Importance.MEDIUM,
                "Transaction commit interval under exactly_once_v2: latency vs throughput.")
            .define(STATE_DIR, Type.STRING, "data/streams", Importance.MEDIUM, "Local state (dedupe store) directory.")
            .define(EXTRACTOR_VERSION, Type.STRING, null, Importance.MEDIUM,
                "extractorVersion stamped on events; default: the build's version. Change it to re-extract (replay).")
            .define(ARTICLE_TIMEOUT_MS, Type.LONG, 5000L, Range.atLeast(1), Importance.MEDIUM,
                "Longest an article may hold a stream thread; past it the article goes to the DLQ.")
            .define(PARTITIONS, Type.INT, 6, Range.between(1, 1000), Importance.MEDIUM,
                "Partitions of topics this app creates when missing (= max extractor instances).")
            .define(REPLICATION, Type.SHORT, (short) 1, Importance.LOW, "Replication factor of topics it creates.");
    }
}
