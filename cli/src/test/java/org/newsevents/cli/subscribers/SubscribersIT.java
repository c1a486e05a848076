package org.newsevents.cli.subscribers;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.testing.RealStack;

/**
 * Subscribers outside Java read our topics with their libraries' defaults: the README's Node (kafkajs +
 * {@code @kafkajs/confluent-schema-registry}) and Python (Debian's python3-confluent-kafka 1.7 + python3-avro)
 * subscriber scripts read every event of a {@code run} on the real broker and registry, through the registry's
 * Confluent-compatible API, and find what the JSON Lines sink wrote. Each skips, saying why, where its toolchain is
 * not installed ({@code .ci/run} installs both).
 */
class SubscribersIT {
    private static final Path SCRIPTS = Path.of("src", "test", "subscribers");
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Sink file per topic, and the fields compared between the sink's record and the subscriber's. */
    private static final Map<String, String> FILES = Map.of(Topics.STATEMENTS, "statements.jsonl",
        Topics.DATES, "dates.jsonl", Topics.SANCTIONS, "sanctions.jsonl", Topics.SUMMARIES, "articles.jsonl");
    private static final Map<String, List<String>> FIELDS = Map.of(
        Topics.STATEMENTS, List.of("/quote", "/direct", "/start", "/speaker/name", "/speaker/title"),
        Topics.DATES, List.of("/text", "/value", "/granularity", "/end"),
        Topics.SANCTIONS, List.of("/trigger", "/action", "/imposer/code", "/targets"),
        Topics.SUMMARIES, List.of("/headline", "/publishedFrom", "/published", "/statementCount", "/sanctionsCount"));

    @TempDir
    static Path work;
    private static RealStack stack;
    /** What the run's file sink wrote, per topic, by event identity. */
    private static final Map<String, Map<String, JsonNode>> SINK = new LinkedHashMap<>();

    @BeforeAll
    static void runThePipeline() throws IOException {
        stack = RealStack.get();
        Path out = work.resolve("out");
        int code = Main.execute("run", CORPUS.toString(), "--out", out.toString(), "--timeout", "240",
            "--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=subscribers-" + UUID.randomUUID(), "--set", "state.dir=" + work.resolve("streams"));
        assertThat(code).isZero();
        for (var topicFile : FILES.entrySet()) {
            SINK.put(topicFile.getKey(), Files.readAllLines(out.resolve(topicFile.getValue())).stream()
                .map(SubscribersIT::parse).collect(Collectors.toMap(SubscribersIT::identity, Function.identity())));
        }
        assertThat(SINK.get(Topics.SUMMARIES)).hasSize(5);
    }

    @Test
    void valueSchemasAreRegisteredWithoutReferences() throws Exception {
        for (String topic : Topics.EVENT_TOPICS) {
            HttpResponse<String> latest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(stack.ccompatUrl() + "/subjects/" + topic + "-value/versions/latest")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
            assertThat(latest.statusCode()).as(latest.body()).isEqualTo(200);
            JsonNode version = JSON.readTree(latest.body());
            assertThat(version.path("references")).as(topic + " references").isEmpty();
            JsonNode schema = JSON.readTree(version.get("schema").asText());
            assertThat(schema.get("namespace").asText() + "." + schema.get("name").asText()).startsWith("org.newsevents.schemas.");
        }
    }

    @Test
    void nodeSubscriberWithKafkajsReadsEveryEvent() throws Exception {
        assertReadsEveryEvent("node", List.of("node", "-e", "require('kafkajs'); require('@kafkajs/confluent-schema-registry')"),
            "kafkajs and @kafkajs/confluent-schema-registry are not installed (.ci/run runs `npm ci` in cli/src/test/subscribers/node)",
            List.of("node", "subscriber.js"));
    }

    @Test
    void pythonSubscriberWithDebiansConfluentKafkaReadsEveryEvent() throws Exception {
        // Debian's packages live in the system interpreter; a python3 earlier on the PATH (pyenv, venv) lacks them.
        assertReadsEveryEvent("python", List.of("/usr/bin/python3", "-c", "import confluent_kafka.avro, avro, requests"),
            "Debian's python3-confluent-kafka, python3-avro and python3-requests are not installed (.ci/run installs them with apt-get)",
            List.of("/usr/bin/python3", "subscriber.py"));
    }

    /** Skips, saying why, unless {@code check} succeeds in the script's folder; then runs the script and compares. */
    private static void assertReadsEveryEvent(String name, List<String> check, String whenMissing, List<String> command)
        throws Exception {
        Path dir = SCRIPTS.resolve(name);
        String missing = ForeignSubscriber.unavailable(check, dir);
        Assumptions.assumeTrue(missing == null, () -> name + " subscriber skipped: " + whenMissing + ": " + missing);
        Map<String, String> env = Map.of("BOOTSTRAP_SERVERS", stack.bootstrapServers(), "REGISTRY_URL", stack.registryUrl(),
            "GROUP_ID", "subscribers-it-" + name + "-" + UUID.randomUUID());
        List<JsonNode> records = ForeignSubscriber.run(command, dir, env, work.resolve(name));
        Map<String, List<JsonNode>> byTopic = records.stream().collect(Collectors.groupingBy(r -> r.get("topic").asText()));

        Map<String, Long> expectedCounts = committedRecordCounts();
        for (String topic : Topics.EVENT_TOPICS) {
            List<JsonNode> read = byTopic.getOrDefault(topic, List.of());
            assertThat((long) read.size()).as(name + ": records read from " + topic + " (a Java read_committed consumer counts)")
                .isEqualTo(expectedCounts.get(topic));
            Map<String, JsonNode> sink = SINK.get(topic);
            // The topics may also hold other tests' extractions; this run's are those of its articles and version.
            Map<String, JsonNode> ofThisRun = read.stream().map(r -> r.get("value"))
                .filter(v -> SINK.get(Topics.SUMMARIES).containsKey(v.get("articleId").asText() + "@" + v.get("extractorVersion").asText()))
                .collect(Collectors.toMap(SubscribersIT::identity, Function.identity(), (a, b) -> a));
            assertThat(ofThisRun.keySet()).as(name + ": events of " + topic).isEqualTo(sink.keySet());
            for (var expected : sink.entrySet()) {
                for (String field : FIELDS.get(topic)) {
                    assertThat(orNull(ofThisRun.get(expected.getKey()).at(field))).as(name + " " + expected.getKey() + field)
                        .isEqualTo(orNull(expected.getValue().at(field)));
                }
            }
            assertThat(read).as(name + ": keys are article ids")
                .allSatisfy(r -> assertThat(r.get("key").asText()).isEqualTo(r.get("value").get("articleId").asText()));
        }
    }

    /** Records per event topic as Java reads them (read_committed), all tests' records included. */
    private static Map<String, Long> committedRecordCounts() {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "subscribers-it-count-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        Map<String, Long> counts = new HashMap<>();
        Topics.EVENT_TOPICS.forEach(t -> counts.put(t, 0L));
        try (var consumer = new KafkaConsumer<>(props, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(Topics.EVENT_TOPICS);
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(500));
                if (!batch.isEmpty()) {
                    batch.forEach(r -> counts.merge(r.topic(), 1L, Long::sum));
                    quietSince = System.nanoTime();
                }
            }
        }
        return counts;
    }

    /** An event's id; a summary's article id and extractor version. */
    private static String identity(JsonNode value) {
        return value.has("eventId") ? value.get("eventId").asText()
            : value.get("articleId").asText() + "@" + value.get("extractorVersion").asText();
    }

    private static JsonNode orNull(JsonNode node) {
        return node.isMissingNode() ? NullNode.getInstance() : node;
    }

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (IOException e) {
            throw new IllegalStateException(line, e);
        }
    }
}
