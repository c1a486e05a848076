package org.newsevents.extractor.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.common.config.SettingsLoader;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.Ports;
import org.newsevents.stack.testing.RealStack;

/**
 * The extractor app on a real broker and registry with {@code metrics.port} set: after one seed article,
 * {@code GET /metrics} counts it and its events and {@code GET /health} is UP. This module's ITs are the only
 * users of the JVM's stack, so news.articles holds just this article.
 */
class ExtractorMetricsIT {
    private static final Path SEED = Path.of("..", "corpus", "000_28892a26cdc44105.txt");
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @TempDir
    Path work;

    @Test
    void metricsEndpointCountsAnExtractedArticleAndItsEventsAndHealthIsUp() throws Exception {
        RealStack stack = RealStack.get();
        int port = Ports.freePort("127.0.0.1");
        Map<String, String> flags = new HashMap<>();
        flags.put("bootstrap.servers", stack.bootstrapServers());
        flags.put("registry.url", stack.registryUrl());
        flags.put(ExtractorConfig.APPLICATION_ID, "metrics-it-" + UUID.randomUUID());
        flags.put(ExtractorConfig.STATE_DIR, work.resolve("streams").toString());
        flags.put(ExtractorConfig.PARTITIONS, "1");
        flags.put(ExtractorConfig.METRICS_PORT, Integer.toString(port));
        Settings settings = new SettingsLoader(ExtractorConfig.define(), Map.of())
            .load(ExtractorConfig.APP, work.resolve("no-config"), flags);
        Extractors extractors = Extractors.defaults();

        try (ExtractorApp app = ExtractorApp.start(settings, extractors::newExtractionFunction, extractors.version())) {
            assertThat(app.metricsServer()).hasValueSatisfying(s -> assertThat(s.address().getPort()).isEqualTo(port));
            String base = "http://127.0.0.1:" + port;
            assertThat(app.awaitRunning(Duration.ofSeconds(120))).as("extractor RUNNING").isTrue();
            publish(settings, Files.readString(SEED));

            String metrics = awaitMetric(base, "newsevents_extractor_articles_extracted_total", 1.0, Duration.ofSeconds(120));

            assertThat(value(metrics, "newsevents_extractor_articles_in_total")).hasValue(1.0);
            assertThat(value(metrics, "newsevents_extractor_events_total", "type=\"statements\"").orElse(0)).as("statements").isPositive();
            assertThat(value(metrics, "newsevents_extractor_events_total", "type=\"dates\"").orElse(0)).as("dates").isPositive();
            assertThat(value(metrics, "newsevents_extractor_events_total", "type=\"sanctions\"").orElse(0)).as("sanctions").isPositive();
            assertThat(value(metrics, "newsevents_extractor_article_duration_seconds_count", "outcome=\"extracted\"")).hasValue(1.0);
            assertThat(metrics).as("Kafka Streams client metrics").contains("kafka_consumer_fetch_manager_records_lag");
            assertThat(metrics).as("JVM metrics").contains("jvm_memory_used_bytes").contains("jvm_gc_");

            HttpResponse<String> health = get(base + "/health");
            assertThat(health.statusCode()).isEqualTo(200);
            assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");
        }
    }

    private static void publish(Settings settings, String text) throws Exception {
        Article article = Article.newBuilder().setId(ContentHash.sha256Hex(text)).setSource(SEED.getFileName().toString())
            .setReceivedAt(Instant.parse("2026-11-22T00:00:00Z")).setText(text).setLanguage("eng").build();
        try (KafkaProducer<String, SpecificRecord> producer = new KafkaProducer<>(
                KafkaClients.producer(settings, "metrics-it"), new StringSerializer(), RegistrySerdes.serializer(settings))) {
            producer.send(new ProducerRecord<>(Topics.ARTICLES, article.getId(), article)).get();
        }
    }

    private String awaitMetric(String base, String name, double expected, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        String body;
        do {
            HttpResponse<String> response = get(base + "/metrics");
            assertThat(response.statusCode()).isEqualTo(200);
            body = response.body();
            if (value(body, name).orElse(-1) == expected) {
                return body;
            }
            Thread.sleep(250);
        } while (System.nanoTime() < deadline);
        throw new AssertionError(name + " did not reach " + expected + " in " + timeout + "; last scrape:\n" + body);
    }

    private HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    /** The value of the first sample named {@code name} whose labels contain {@code label} (e.g. {@code type="dates"}). */
    private static OptionalDouble value(String scrape, String name, String... label) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(name) + "\\{([^}]*)\\} (\\S+)$").matcher(scrape);
        while (m.find()) {
            if (label.length == 0 || m.group(1).contains(label[0])) {
                return OptionalDouble.of(Double.parseDouble(m.group(2)));
            }
        }
        return OptionalDouble.empty();
    }
}
