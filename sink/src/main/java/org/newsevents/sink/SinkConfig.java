package org.newsevents.sink;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.metrics.MetricsConfig;

/** The sink's settings on top of {@link CommonConfig}. */
public final class SinkConfig {
    public static final String APP = "sink";

    public static final String TO = "sink.to";
    public static final String DB_USER = "sink.db.user";
    public static final String DB_PASSWORD = "sink.db.password";
    public static final String DB_POOL_SIZE = "sink.db.pool.size";
    public static final String DB_CONNECT_TIMEOUT_MS = "sink.db.connect.timeout.ms";
    public static final String GROUP_ID = "sink.group.id";
    public static final String BATCH_SIZE = "sink.batch.size";
    public static final String POLL_MS = "sink.poll.ms";
    public static final String ROLL_BYTES = "sink.roll.bytes";
    public static final String ROLL_MS = "sink.roll.ms";
    public static final String RETRY_BACKOFF_MS = "sink.retry.backoff.ms";
    public static final String RETRY_BACKOFF_MAX_MS = "sink.retry.backoff.max.ms";
    public static final String METRICS_PORT = MetricsConfig.PORT;
    public static final String METRICS_BIND = MetricsConfig.BIND;

    private SinkConfig() {
    }

    public static ConfigDef define() {
        return MetricsConfig.define(CommonConfig.define())
            .define(TO, Type.STRING, "out", new ConfigDef.NonEmptyString(), Importance.HIGH,
                "Where events go: a directory (JSON Lines) or a jdbc:postgresql:// URL.")
            .define(DB_USER, Type.STRING, null, Importance.MEDIUM, "Database user (when sink.to is a JDBC URL).")
            .define(DB_PASSWORD, Type.PASSWORD, null, Importance.MEDIUM, "Database password.")
            .define(DB_POOL_SIZE, Type.INT, 2, Range.atLeast(1), Importance.LOW, "Database connection pool size.")
            .define(DB_CONNECT_TIMEOUT_MS, Type.LONG, 5_000L, Range.atLeast(250), Importance.LOW,
                "How long to wait for a database connection before the attempt counts as failed.")
            .define(GROUP_ID, Type.STRING, null, Importance.MEDIUM,
                "Consumer group of the sink; default newsevents-sink-files or newsevents-sink-postgres. "
                    + "Each database needs its own group (a directory keeps its own positions in its segment names).")
            .define(BATCH_SIZE, Type.INT, 500, Range.atLeast(1), Importance.MEDIUM,
                "Most records per poll, i.e. per database transaction.")
            .define(POLL_MS, Type.LONG, 100L, Range.atLeast(1), Importance.LOW,
                "Consumer poll timeout; the files target publishes a segment when a poll comes back empty, so it bounds latency at low rates.")
            .define(ROLL_BYTES, Type.LONG, 64L * 1024 * 1024, Range.atLeast(1), Importance.MEDIUM,
                "Files: a segment is published once it holds this many bytes.")
            .define(ROLL_MS, Type.LONG, 10_000L, Range.atLeast(1), Importance.MEDIUM,
                "Files: a segment is published at the latest this long after its first record "
                    + "(and at once when the sink has caught up).")
            .define(RETRY_BACKOFF_MS, Type.LONG, 500L, Range.atLeast(1), Importance.LOW,
                "First wait before retrying a batch the target could not take (e.g. database down).")
            .define(RETRY_BACKOFF_MAX_MS, Type.LONG, 30_000L, Range.atLeast(1), Importance.LOW,
                "Longest wait between retries (the wait doubles up to this).");
    }

    /** The consumer group: as set, or one per kind of target. */
    public static String groupId(org.newsevents.common.config.Settings settings) {
        if (settings.has(GROUP_ID) && !settings.string(GROUP_ID).isBlank()) {
            return settings.string(GROUP_ID);
        }
        return isJdbc(settings.string(TO)) ? "newsevents-sink-postgres" : "newsevents-sink-files";
    }

    /** {@code sink.to} for logs and messages: a JDBC URL's query parameters (which may hold a password) hidden. */
    public static String describeTarget(String to) {
        if (!isJdbc(to)) {
            return to;
        }
        int query = to.indexOf('?');
        return query < 0 ? to : to.substring(0, query) + "?[parameters hidden]";
    }

    /** True when the target is a database rather than a directory. */
    public static boolean isJdbc(String to) {
        return to.startsWith("jdbc:");
    }
}
