package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.testing.RealStack;

/**
 * The walking skeleton on real parts: a real KRaft broker and a real Apicurio Registry (child
 * JVMs), {@code newsevents run} on the five seed articles, then the output files and the topics
 * themselves are checked: every article's events arrive exactly once, framed for Confluent clients.
 */
class PipelineEndToEndIT {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("articles.jsonl", "statements.jsonl", "dates.jsonl", "sanctions.jsonl");

    @TempDir
    static Path work;
    private static RealStack stack;
    private static String appId;

    @BeforeAll
    static void startStack() {
        stack = RealStack.get();
        appId = "e2e-" + UUID.randomUUID();
    }

    private static int run(Path out) {
        return Main.execute("run", CORPUS.toString(), "--out", out.toString(), "--timeout", "240",
            "--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=" + appId, "--set", "state.dir=" + work.resolve("streams"));
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    @Test
    void runExtractsEverySeedArticleExactlyOnceAndRepeatsByteForByte() throws Exception {
        Path first = work.resolve("out1");
        assertThat(run(first)).isZero();

        List<JsonNode> summaries = lines(first.resolve("articles.jsonl"));
        assertThat(summaries).hasSize(5);
        assertThat(summaries.stream().map(s -> Path.of(s.get("source").asText()).getFileName().toString()))
            .containsExactlyInAnyOrder("000_28892a26cdc44105.txt", "001_1a496bfdc040521a.txt",
                "002_0b1264241c366305.txt", "003_be7b42b11361cc58.txt", "004_63df4701a077cafa.txt");
        for (String file : List.of("statements.jsonl", "dates.jsonl", "sanctions.jsonl")) {
            List<JsonNode> events = lines(first.resolve(file));
            assertThat(events).as(file).isNotEmpty();
            assertThat(events.stream().map(e -> e.get("eventId").asText()).distinct().count())
                .as("no event twice in " + file).isEqualTo(events.size());
        }
        assertCountsMatchSummaries(first, summaries);
        assertThat(work.resolve("out1-report").resolve("index.html")).as("run writes the report next to out").isRegularFile();

        Path second = work.resolve("out2");
        assertThat(run(second)).isZero();
        for (String file : FILES) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertTopicsHoldEachArticleOnce();
    }

    private static void assertCountsMatchSummaries(Path out, List<JsonNode> summaries) throws IOException {
        Map<String, Long> statements = countByArticle(out.resolve("statements.jsonl"));
        Map<String, Long> dates = countByArticle(out.resolve("dates.jsonl"));
        Map<String, Long> sanctions = countByArticle(out.resolve("sanctions.jsonl"));
        for (JsonNode s : summaries) {
            String id = s.get("articleId").asText();
            assertThat(statements.getOrDefault(id, 0L)).isEqualTo(s.get("statementCount").asLong());
            assertThat(dates.getOrDefault(id, 0L)).isEqualTo(s.get("dateCount").asLong());
            assertThat(sanctions.getOrDefault(id, 0L)).isEqualTo(s.get("sanctionsCount").asLong());
        }
    }

    private static Map<String, Long> countByArticle(Path file) throws IOException {
        return lines(file).stream().collect(Collectors.groupingBy(e -> e.get("articleId").asText(), Collectors.counting()));
    }

    /** Two runs, one extraction: the topics (read_committed) hold each summary and each event once. */
    private static void assertTopicsHoldEachArticleOnce() throws Exception {
        List<ConsumerRecord<String, byte[]>> summaries = readAll(Topics.SUMMARIES);
        assertThat(summaries).hasSize(5);
        assertThat(summaries.stream().map(ConsumerRecord::key).distinct().count()).isEqualTo(5);

        List<ConsumerRecord<String, byte[]>> statements = readAll(Topics.STATEMENTS);
        assertThat(statements).isNotEmpty();
        assertConfluentFramed(statements.get(0).value(), "Statement");
        assertConfluentFramed(summaries.get(0).value(), "ArticleSummary");
    }

    /** Magic byte 0, then a 4-byte id that the registry's Confluent-compatible API resolves to our schema. */
    private static void assertConfluentFramed(byte[] value, String recordName) throws Exception {
        assertThat(value[0]).isZero();
        int id = ByteBuffer.wrap(value, 1, 4).getInt();
        HttpResponse<String> response = HttpClient.newHttpClient().send(
            HttpRequest.newBuilder(URI.create(stack.ccompatUrl() + "/schemas/ids/" + id)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode schema = JSON.readTree(JSON.readTree(response.body()).get("schema").asText());
        assertThat(schema.get("name").asText()).isEqualTo(recordName);
        assertThat(schema.get("namespace").asText()).isEqualTo("org.newsevents.schemas");
    }

    private static List<ConsumerRecord<String, byte[]>> readAll(String topic) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "e2e-check-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long quietSince = System.nanoTime();
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (System.nanoTime() < deadline && System.nanoTime() - quietSince < Duration.ofSeconds(5).toNanos()) {
                var batch = consumer.poll(Duration.ofMillis(500));
                if (!batch.isEmpty()) {
                    batch.forEach(records::add);
                    quietSince = System.nanoTime();
                }
            }
        }
        return records;
    }
}
