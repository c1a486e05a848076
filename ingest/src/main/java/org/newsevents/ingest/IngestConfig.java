package org.newsevents.ingest;

import org.apache.kafka.common.config.ConfigDef;
import org.apache.kafka.common.config.ConfigDef.Importance;
import org.apache.kafka.common.config.ConfigDef.Range;
import org.apache.kafka.common.config.ConfigDef.Type;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.metrics.MetricsConfig;
import org.newsevents.ingest.feeds.AddressPolicy;

/**
 * The ingest app's settings (file {@code config/ingest.properties}, env {@code NEWSEVENTS_*}, CLI flags) on top of
 * {@link CommonConfig}. Load them with {@code new SettingsLoader(IngestConfig.define()).load("ingest", dir, flags)}.
 */
public final class IngestConfig {
    public static final String APP = "ingest";

    public static final String MAX_BYTES = "ingest.max.bytes";
    public static final String INCLUDE = "ingest.include";
    public static final String STDIN_FORMAT = "ingest.stdin.format";
    public static final String DEDUPE_CACHE_SIZE = "ingest.dedupe.cache.size";
    public static final String CLIENT_ID = "ingest.client.id";

    public static final String HTTP_PORT = "http.port";
    public static final String HTTP_BIND = "http.bind";
    public static final String HTTP_TOKEN = "http.token";
    public static final String HTTP_THREADS = "http.threads";
    public static final String HTTP_ACK_TIMEOUT_MS = "http.ack.timeout.ms";

    public static final String WATCH_STATE_DIR = "watch.state.dir";
    public static final String WATCH_STABLE_MS = "watch.stable.ms";
    public static final String WATCH_RESCAN_MS = "watch.rescan.ms";

    public static final String FEED_INTERVAL_MS = "feed.interval.ms";
    public static final String FEED_JITTER_MS = "feed.jitter.ms";
    public static final String FEED_BACKOFF_MAX_MS = "feed.backoff.max.ms";
    public static final String FEED_STATE_DIR = "feed.state.dir";
    public static final String FEED_SEEN_MAX = "feed.seen.max";
    public static final String FEED_THREADS = "feed.threads";
    public static final String FEED_USER_AGENT = "feed.user.agent";
    public static final String FEED_CONNECT_TIMEOUT_MS = "feed.connect.timeout.ms";
    public static final String FEED_READ_TIMEOUT_MS = "feed.read.timeout.ms";
    public static final String FEED_FETCH_TIMEOUT_MS = "feed.fetch.timeout.ms";
    public static final String FEED_MAX_BYTES = "feed.max.bytes";
    public static final String FEED_MAX_REDIRECTS = "feed.max.redirects";
    public static final String FEED_ALLOW_ADDRESSES = "feed.allow.addresses";

    /** Metrics endpoint of the long-running modes (--watch, --http); bulk runs ignore it. */
    public static final String METRICS_PORT = MetricsConfig.PORT;
    public static final String METRICS_BIND = MetricsConfig.BIND;

    public static final int DEFAULT_MAX_BYTES = 1024 * 1024;
    /** Articles above this would not fit the topics' 12 MiB message limit once wrapped (UTF-16 input grows as UTF-8). */
    public static final int MAX_MAX_BYTES = 8 * 1024 * 1024;

    private IngestConfig() {
    }

    /** The common settings plus ingest's own. */
    public static ConfigDef define() {
        return MetricsConfig.define(CommonConfig.define())
            .define(MAX_BYTES, Type.INT, DEFAULT_MAX_BYTES, Range.between(1, MAX_MAX_BYTES), Importance.HIGH,
                "Largest accepted article in bytes (a .txt file, a JSON line or an HTTP body); larger ones are rejected TOO_LARGE.")
            .define(INCLUDE, Type.LIST, "*.txt,*.jsonl,*.html,*.htm", Importance.MEDIUM,
                "Globs of the files read inside folders; a glob without '/' matches the file name, otherwise the path relative to the folder.")
            .define(STDIN_FORMAT, Type.STRING, "auto", ConfigDef.ValidString.in("auto", "text", "jsonl"), Importance.LOW,
                "How '-' (standard input) is read: text = one plain-text article, jsonl = JSON Lines, auto = JSON Lines when the first non-blank byte is '{'.")
            .define(DEDUPE_CACHE_SIZE, Type.INT, 200_000, Range.atLeast(0), Importance.LOW,
                "How many recent article ids one ingest process remembers to skip duplicates (the extractor dedupes for good).")
            .define(CLIENT_ID, Type.STRING, "newsevents-ingest", Importance.LOW, "Kafka client id of the producer.")
            .define(HTTP_PORT, Type.INT, 8090, Range.between(0, 65535), Importance.MEDIUM, "Port of the HTTP endpoint (0 = any free port).")
            .define(HTTP_BIND, Type.STRING, "127.0.0.1", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                "Address the HTTP endpoint binds to; loopback unless deliberately opened.")
            .define(HTTP_TOKEN, Type.PASSWORD, null, Importance.MEDIUM,
                "When set, POST /articles requires 'Authorization: Bearer <token>'.")
            .define(HTTP_THREADS, Type.INT, 4, Range.between(1, 256), Importance.LOW, "Request handler threads of the HTTP endpoint.")
            .define(HTTP_ACK_TIMEOUT_MS, Type.LONG, 130_000L, Range.atLeast(1), Importance.LOW,
                "How long a request waits for Kafka's acknowledgement before answering 503.")
            .define(WATCH_STATE_DIR, Type.STRING, "data/ingest-watch", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                "Where the folder watcher keeps the state of what Kafka acknowledged, so a restart neither resends nor misses files.")
            .define(WATCH_STABLE_MS, Type.LONG, 1000L, Range.atLeast(0), Importance.MEDIUM,
                "A watched file is read once its size and modification time have not changed for this long (0 = at once, for writers that rename).")
            .define(WATCH_RESCAN_MS, Type.LONG, 2000L, Range.atLeast(10), Importance.LOW,
                "Period of the full rescan that backs up the file-system events (which can be missed).")
            .define(FEED_INTERVAL_MS, Type.LONG, 900_000L, Range.atLeast(100), Importance.MEDIUM,
                "How often each feed is polled (15 minutes by default: news feeds rarely change faster, and publishers ask for politeness).")
            .define(FEED_JITTER_MS, Type.LONG, 60_000L, Range.atLeast(0), Importance.LOW,
                "Up to this much random time is added to each wait, so many feeds (or many ingest processes) do not poll in lock-step.")
            .define(FEED_BACKOFF_MAX_MS, Type.LONG, 6 * 3_600_000L, Range.atLeast(100), Importance.LOW,
                "A failing feed waits twice as long after each failure in a row (from feed.interval.ms), up to this.")
            .define(FEED_STATE_DIR, Type.STRING, "data/ingest-feeds", new ConfigDef.NonEmptyString(), Importance.MEDIUM,
                "Where each feed's state lives (items Kafka acknowledged, ETag, Last-Modified), so a restart neither re-sends nor misses items.")
            .define(FEED_SEEN_MAX, Type.INT, 10_000, Range.atLeast(100), Importance.LOW,
                "How many item keys (guid, else link) per feed the state remembers; far more than a feed lists at once.")
            .define(FEED_THREADS, Type.INT, 2, Range.between(1, 64), Importance.LOW, "Feeds polled at the same time.")
            .define(FEED_USER_AGENT, Type.STRING, "newsevents-ingest/0.1 (news event extraction; RSS/Atom reader)",
                new ConfigDef.NonEmptyString(), Importance.LOW, "User-Agent of feed and page requests: names the project to publishers.")
            .define(FEED_CONNECT_TIMEOUT_MS, Type.INT, 10_000, Range.atLeast(1), Importance.LOW, "Connect timeout of feed and page requests.")
            .define(FEED_READ_TIMEOUT_MS, Type.INT, 30_000, Range.atLeast(1), Importance.LOW,
                "Read timeout of feed and page requests: the longest silence while waiting for bytes.")
            .define(FEED_FETCH_TIMEOUT_MS, Type.INT, 120_000, Range.atLeast(1), Importance.LOW,
                "Longest time for one whole response (a server dripping bytes slower than the read timeout is cut here).")
            .define(FEED_MAX_BYTES, Type.INT, 10 * 1024 * 1024, Range.between(1024, 64 * 1024 * 1024), Importance.LOW,
                "Largest feed document in bytes (after gzip); a linked page is capped by ingest.max.bytes.")
            .define(FEED_MAX_REDIRECTS, Type.INT, 5, Range.between(0, 20), Importance.LOW, "Redirects followed per request.")
            .define(FEED_ALLOW_ADDRESSES, Type.LIST, "", AddressPolicy.VALIDATOR, Importance.MEDIUM,
                "Loopback, private, link-local and other internal addresses are refused for feeds and their links, so a feed "
                    + "cannot make ingest reach internal services; list exceptions here as addresses or CIDR blocks (e.g. 127.0.0.1,10.1.0.0/16).");
    }
}
