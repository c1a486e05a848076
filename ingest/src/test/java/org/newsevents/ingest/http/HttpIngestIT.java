package org.newsevents.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.common.config.Settings;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.common.json.AvroJson;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.RealTopics;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;

class HttpIngestIT {
    private static Settings settings;
    private static ArticlePublisher publisher;
    private static HttpIngestServer server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        settings = RealTopics.settings(Map.of("ingest.max.bytes", "2000", "http.port", "0", "http.token", "it-token"));
        publisher = ArticlePublisher.create(settings);
        server = HttpIngestServer.create(ArticleIntake.create(settings), publisher, settings);
        server.start();
    }

    @AfterAll
    static void stop() {
        server.close();
        publisher.close();
    }

    private static String english() {
        return "The prime minister said on Friday that the government would announce new measures next month, "
            + "her office said. Reference " + UUID.randomUUID() + ".";
    }

    private static HttpResponse<String> post(String contentType, HttpRequest.BodyPublisher body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
            .POST(body).header("Content-Type", contentType);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return post(contentType, HttpRequest.BodyPublishers.ofString(body), "it-token");
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return AvroJson.mapper().readTree(response.body());
    }

    @Test
    void goodAndBadRequestsGetTheirStatusAndTheTopicsHoldExactlyTheAcknowledgedArticles() throws Exception {
        Instant start = Instant.now().minusSeconds(1);
        String text = english();
        String feedText = english();
        String feedId = "wire-" + UUID.randomUUID();
        String feedSource = "it-feed-" + UUID.randomUUID();

        HttpResponse<String> plain = post("text/plain; charset=utf-8", text);
        assertThat(plain.statusCode()).isEqualTo(202);
        assertThat(json(plain).get("id").asText()).isEqualTo(ContentHash.sha256Hex(text));
        assertThat(json(plain).get("duplicate").asBoolean()).isFalse();

        HttpResponse<String> again = post("text/plain", text);
        assertThat(again.statusCode()).isEqualTo(202);
        assertThat(json(again).get("duplicate").asBoolean()).isTrue();

        HttpResponse<String> feed = post("application/json", "{\"text\":" + AvroJson.mapper().writeValueAsString(feedText)
            + ",\"id\":\"" + feedId + "\",\"source\":\"" + feedSource + "\",\"published\":\"2025-01-31\"}");
        assertThat(feed.statusCode()).isEqualTo(202);
        assertThat(json(feed).get("id").asText()).isEqualTo(feedId);

        HttpResponse<String> malformed = post("application/json", "{\"text\": oops}");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asText()).isEqualTo("MALFORMED_JSON");

        HttpResponse<String> missing = post("application/json", "{\"title\":\"nothing\"}");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error").asText()).isEqualTo("MISSING_TEXT");

        HttpResponse<String> tooLarge = post("text/plain", english().repeat(20));
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(json(tooLarge).get("error").asText()).isEqualTo("TOO_LARGE");

        byte[] streamed = english().repeat(20).getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> chunked = post("text/plain",
            HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(streamed)), "it-token");
        assertThat(chunked.statusCode()).as("no Content-Length: capped while reading").isEqualTo(413);

        HttpResponse<String> xml = post("application/xml", "<a/>");
        assertThat(xml.statusCode()).isEqualTo(415);
        assertThat(json(xml).get("error").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");

        HttpResponse<String> noToken = post("text/plain", HttpRequest.BodyPublishers.ofString(english()), null);
        assertThat(noToken.statusCode()).isEqualTo(401);
        assertThat(json(noToken).get("error").asText()).isEqualTo("UNAUTHORIZED");

        HttpResponse<String> health = CLIENT.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).isEqualTo("{\"status\":\"UP\"}");

        List<ConsumerRecord<String, Article>> articles = RealTopics.readAll(settings, Topics.ARTICLES);
        assertThat(articles).filteredOn(r -> r.key().equals(ContentHash.sha256Hex(text))).singleElement()
            .satisfies(r -> assertThat(r.value().getSource()).isEqualTo("http:127.0.0.1"));
        assertThat(articles).filteredOn(r -> r.key().equals(feedId)).singleElement().satisfies(r -> {
            assertThat(r.value().getSource()).isEqualTo(feedSource);
            assertThat(r.value().getPublished()).isEqualTo("2025-01-31");
            assertThat(r.value().getText()).isEqualTo(feedText);
        });
        assertThat(articles).filteredOn(r -> r.value().getSource().startsWith("http:")).hasSize(1);

        List<DeadLetter> letters = RealTopics.<DeadLetter>readAll(settings, Topics.DLQ).stream().map(ConsumerRecord::value)
            .filter(l -> "http:127.0.0.1".equals(l.getSource()) && !l.getFailedAt().isBefore(start)).toList();
        assertThat(letters).extracting(DeadLetter::getReason)
            .containsExactlyInAnyOrder("MALFORMED_JSON", "MISSING_TEXT", "TOO_LARGE", "TOO_LARGE");
    }
}
