package org.newsevents.extractor.app;

import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.newsevents.common.config.CommonConfig;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistryRules;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.common.metrics.AppMetrics;
import org.newsevents.common.metrics.Health;
import org.newsevents.common.metrics.MetricsServer;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.extractor.topology.ExtractorTopology;
import org.newsevents.extractor.topology.RegistryEventSerdes;
import org.newsevents.schemas.Article;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the extractor topology with exactly_once_v2 until closed, with its metrics: the topology's own
 * meters, Kafka Streams' client metrics (consumer lag, commit and poll rates...) and the JVM's, served on
 * {@code GET /metrics} and {@code GET /health} when {@code metrics.port} > 0.
 */
public final class ExtractorApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExtractorApp.class);

    private final KafkaStreams streams;
    private final AppMetrics metrics;
    private final CountDownLatch stopped = new CountDownLatch(1);
    private final CountDownLatch running = new CountDownLatch(1);

    private ExtractorApp(KafkaStreams streams, AppMetrics metrics) {
        this.streams = streams;
        this.metrics = metrics;
    }

    /** Streams properties from settings: the one place processing guarantees and tuning are set. */
    public static Properties streamsProperties(Settings settings) {
        Properties props = new Properties();
        Map<String, Object> base = KafkaClients.base(settings);
        props.putAll(base);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, settings.string(ExtractorConfig.APPLICATION_ID));
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, settings.integer(ExtractorConfig.STREAM_THREADS));
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, settings.longValue(ExtractorConfig.COMMIT_INTERVAL_MS));
        props.put(StreamsConfig.STATE_DIR_CONFIG, settings.string(ExtractorConfig.STATE_DIR));
        props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, (int) Short.parseShort(settings.string(ExtractorConfig.REPLICATION)));
        // The future default (Kafka 5); this topology has no global state, so it only silences a warning.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, true);
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), KafkaClients.compressionType(settings));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.LINGER_MS_CONFIG), 5);
        // Articles can be large (up to the topic's 12 MiB limit); events of one article go out in one batch.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), 12 * 1024 * 1024);
        return props;
    }

    /**
     * Creates missing topics, sets the registry's default compatibility rule (BACKWARD) when none is set, builds the topology and starts it.
     *
     * @param extractors one extraction function per stream thread
     */
    public static ExtractorApp start(Settings settings, Supplier<Function<Article, Extraction>> extractors, String extractorVersion) {
        TopicAdmin.ensureTopics(settings, settings.integer(ExtractorConfig.PARTITIONS),
            Short.parseShort(settings.string(ExtractorConfig.REPLICATION)));
        RegistryRules.ensureDefaultCompatibility(settings);
        AppMetrics metrics = AppMetrics.create(ExtractorConfig.APP);
        Topology topology = ExtractorTopology.build(new RegistryEventSerdes(settings), extractors, extractorVersion,
            metrics.registry());
        LOG.info("extractor {} starting against {} as application {}", extractorVersion,
            settings.string(CommonConfig.BOOTSTRAP_SERVERS), settings.string(ExtractorConfig.APPLICATION_ID));
        KafkaStreams streams = new KafkaStreams(topology, streamsProperties(settings));
        KafkaStreamsMetrics streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(metrics.registry());
        metrics.closeWith(streamsMetrics);
        ExtractorApp app = new ExtractorApp(streams, metrics);
        try {
            metrics.serve(settings, app::health);
        } catch (RuntimeException e) {
            metrics.close();
            streams.close();
            throw e;
        }
        streams.setUncaughtExceptionHandler(e -> {
            // Per-article failures are dead-lettered inside the topology; what reaches here is infrastructure.
            LOG.error("stream thread failed, replacing it: {}", e.toString());
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
        streams.setStateListener((now, before) -> {
            LOG.info("extractor state {} -> {}", before, now);
            if (now == KafkaStreams.State.RUNNING) {
                app.running.countDown();
            }
            if (now == KafkaStreams.State.NOT_RUNNING || now == KafkaStreams.State.ERROR) {
                app.stopped.countDown();
            }
        });
        streams.start();
        return app;
    }

    public KafkaStreams streams() {
        return streams;
    }

    public boolean isRunning() {
        return streams.state().isRunningOrRebalancing();
    }

    /** UP while the streams client is RUNNING or REBALANCING; DOWN with its state otherwise. */
    public Health health() {
        KafkaStreams.State state = streams.state();
        return state.isRunningOrRebalancing() ? Health.up() : Health.down("Kafka Streams state " + state);
    }

    /** The {@code /metrics} and {@code /health} endpoint, when {@code metrics.port} > 0. */
    public Optional<MetricsServer> metricsServer() {
        return metrics.server();
    }

    /** This app's meters (what {@code GET /metrics} shows). */
    public AppMetrics metrics() {
        return metrics;
    }

    /** Waits until the first rebalance is done and tasks run; false on timeout. */
    public boolean awaitRunning(Duration timeout) throws InterruptedException {
        return running.await(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    }

    /** Blocks until the streams client stops (closed, or failed). */
    public void awaitStop() throws InterruptedException {
        stopped.await();
    }

    @Override
    public void close() {
        // Leaving the group lets the remaining instances (or this one, restarted) take the partitions at
        // once instead of after the session timeout (45 s) of a member that silently went away.
        streams.close(org.apache.kafka.streams.CloseOptions.timeout(Duration.ofSeconds(15))
            .withGroupMembershipOperation(org.apache.kafka.streams.CloseOptions.GroupMembershipOperation.LEAVE_GROUP));
        metrics.close();
    }
}
