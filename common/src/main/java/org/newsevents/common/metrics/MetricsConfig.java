package org.newsevents.common.metrics;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.newsevents.common.config.Settings;

/** The settings of the metrics endpoint, the same keys in every long-running app. */
public final class MetricsConfig {
    public static final String PORT = "metrics.port";
    public static final String BIND = "metrics.bind";

    private MetricsConfig() {
    }

    /** Adds {@code metrics.port} and {@code metrics.bind} to an app's definition. */
    public static ConfigDef define(ConfigDef def) {
        return def
            .define(PORT, Type.INT, 0, Range.between(0, 65535), Importance.LOW,
                "Port of the Prometheus GET /metrics and GET /health endpoint (0 = off).")
            .define(BIND, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.LOW,
                "Address the metrics endpoint binds to; loopback unless deliberately opened.");
    }

    /** True when the settings ask for the endpoint. */
    public static boolean enabled(Settings settings) {
        return settings.has(PORT) && settings.integer(PORT) > 0;
    }

    /** The bind address; loopback when the app's settings do not define it. */
    public static String bind(Settings settings) {
        return settings.has(BIND) ? settings.string(BIND) : "127.0.0.1";
    }
}
