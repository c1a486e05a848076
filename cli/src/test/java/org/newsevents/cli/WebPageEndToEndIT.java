package org.newsevents.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schemas.Topics;
import org.newsevents.stack.testing.RealStack;

/**
 * Web pages through the real pipeline (broker + registry): a news page, a crawled JSON Lines item with only a URL
 * date, and a script-only page. The summary carries the body the events' offsets refer to, the page's headline and
 * date; the crawled item is dated by its URL; the script-only page is dead-lettered NO_ARTICLE_TEXT.
 */
class WebPageEndToEndIT {
    private static final Path AP_PAGE = Path.of("..", "web", "src", "test", "resources", "pages",
        "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754.html.gz");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path work;

    @Test
    void pagesAreExtractedFromTheirBodyAndDatedByPageThenUrl() throws Exception {
        RealStack stack = RealStack.get();
        Path in = Files.createDirectories(work.resolve("in"));
        String html;
        try (InputStream gz = new GZIPInputStream(Files.newInputStream(AP_PAGE))) {
            html = new String(gz.readAllBytes(), StandardCharsets.UTF_8);
        }
        Files.writeString(in.resolve("esper.html"), html);
        Files.writeString(in.resolve("crawled.jsonl"), JSON.writeValueAsString(Map.of(
            "url", "https://www.example.com/world/2018/jul/26/council-budget",
            "text", "The city council agreed the budget for the coming year, the mayor said, after a long debate.\n")) + "\n");
        Files.writeString(in.resolve("app.html"),
            "<!doctype html><html><head><script src=\"app.js\"></script></head><body><div id=\"root\"></div></body></html>");

        Path out = work.resolve("out");
        int exit = Main.execute("run", in.toString(), "--out", out.toString(), "--timeout", "240",
            "--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=web-" + UUID.randomUUID(), "--set", "state.dir=" + work.resolve("streams"));
        assertThat(exit).isZero();

        List<JsonNode> summaries = lines(out.resolve("articles.jsonl"));
        assertThat(summaries).hasSize(2);
        JsonNode page = summaries.stream().filter(s -> s.get("source").asText().endsWith("esper.html")).findFirst().orElseThrow();
        String body = page.get("body").asText();
        assertThat(body).startsWith("HANOI, Vietnam (AP)").doesNotContain("<");
        assertThat(page.get("headline").asText()).isEqualTo("Esper accuses China of intimidating smaller Asian nations");
        assertThat(page.get("published").asText()).isEqualTo("2019-11-20");
        assertThat(page.get("publishedFrom").asText()).isEqualTo("PAGE");

        List<JsonNode> statements = lines(out.resolve("statements.jsonl")).stream()
            .filter(s -> s.get("articleId").asText().equals(page.get("articleId").asText())).toList();
        assertThat(statements).isNotEmpty();
        for (JsonNode s : statements) {
            assertThat(body.substring(s.get("start").asInt(), s.get("end").asInt())).isEqualTo(s.get("quote").asText());
        }

        JsonNode crawled = summaries.stream().filter(s -> s.get("source").asText().contains("crawled.jsonl")).findFirst().orElseThrow();
        assertThat(crawled.get("published").asText()).isEqualTo("2018-07-26");
        assertThat(crawled.get("publishedFrom").asText()).isEqualTo("URL");
        assertThat(crawled.get("body").isNull()).as("plain text: offsets refer to the article text").isTrue();

        assertThat(values(stack, Topics.DLQ)).anyMatch(v -> v.contains("NO_ARTICLE_TEXT") && v.contains("app.html"));
        assertThat(values(stack, Topics.ARTICLES)).as("the raw page is the record of the corpus")
            .anyMatch(v -> v.contains("text/html") && v.contains("<html"));
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    /** The topic's values as UTF-8 (Avro writes strings as UTF-8 bytes, so field values show through). */
    private static List<String> values(RealStack stack, String topic) {
        Map<String, Object> props = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, stack.bootstrapServers(),
            ConsumerConfig.GROUP_ID_CONFIG, "web-check-" + UUID.randomUUID(), ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<String> values = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            int quiet = 0;
            while (System.nanoTime() < deadline && quiet < 6) {
                var batch = consumer.poll(Duration.ofMillis(500));
                quiet = batch.isEmpty() ? quiet + 1 : 0;
                batch.forEach(r -> values.add(new String(r.value(), StandardCharsets.UTF_8)));
            }
        }
        return values;
    }
}
