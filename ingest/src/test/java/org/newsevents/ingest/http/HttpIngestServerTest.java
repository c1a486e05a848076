package org.newsevents.ingest.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newsevents.common.json.AvroJson;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.validation.ArticleFactory;
import org.newsevents.ingest.validation.ArticleValidator;
import org.newsevents.ingest.validation.LanguageIdentifier;
import org.newsevents.schemas.Topics;

/**
 * Request handling over real HTTP; Kafka is Kafka's MockProducer acknowledging at once (the IT uses the real
 * broker and checks the topics).
 */
class HttpIngestServerTest {
    private static final String ENGLISH = "The foreign ministry said on Monday that talks with the delegation would resume next week.";

    private final MockProducer<String, SpecificRecord> producer =
        new MockProducer<>(true, null, new StringSerializer(), (topic, value) -> new byte[0]);
    private final HttpClient client = HttpClient.newHttpClient();
    private HttpIngestServer server;

    @BeforeEach
    void start() throws Exception {
        ArticleIntake intake = new ArticleIntake(new ArticleValidator(200), new ArticleFactory(), LanguageIdentifier.get(), Clock.systemUTC());
        server = new HttpIngestServer(intake, new ArticlePublisher(producer, 100), new HttpOptions("127.0.0.1", 0, "tok", 2, 5000));
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(Duration.ZERO);
    }

    private HttpResponse<String> post(String contentType, String body, String token) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return AvroJson.mapper().readTree(response.body());
    }

    @Test
    void acceptsPlainTextWith202AndTheId() throws Exception {
        HttpResponse<String> response = post("text/plain; charset=utf-8", ENGLISH, "tok");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("id").asText()).hasSize(64);
        assertThat(json(response).get("language").asText()).isEqualTo("eng");
        assertThat(producer.history()).singleElement().satisfies(r -> assertThat(r.topic()).isEqualTo(Topics.ARTICLES));
    }

    @Test
    void acceptsJsonWithFeedId() throws Exception {
        HttpResponse<String> response = post("application/json", "{\"id\":\"wire-7\",\"text\":\"" + ENGLISH + "\"}", "tok");
        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(json(response).get("id").asText()).isEqualTo("wire-7");
    }

    @Test
    void answers400ForMalformedJsonAndMissingText() throws Exception {
        HttpResponse<String> malformed = post("application/json", "{\"text\": ", "tok");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(json(malformed).get("error").asText()).isEqualTo("MALFORMED_JSON");
        assertThat(json(malformed).get("detail").asText()).isNotBlank();

        HttpResponse<String> missing = post("application/json", "{\"title\":\"x\"}", "tok");
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("error").asText()).isEqualTo("MISSING_TEXT");
        assertThat(producer.history()).extracting(r -> r.topic()).containsOnly(Topics.DLQ);
    }

    @Test
    void answers413AboveTheLimit() throws Exception {
        HttpResponse<String> response = post("text/plain", "x".repeat(201), "tok");
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(json(response).get("error").asText()).isEqualTo("TOO_LARGE");
    }

    @Test
    void answers415ForOtherMediaTypes() throws Exception {
        HttpResponse<String> response = post("application/xml", "<a/>", "tok");
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(json(response).get("error").asText()).isEqualTo("UNSUPPORTED_MEDIA_TYPE");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void answers401WithoutTheToken() throws Exception {
        assertThat(post("text/plain", ENGLISH, null).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("text/plain", ENGLISH, "nope");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(json(wrong).get("error").asText()).isEqualTo("UNAUTHORIZED");
        assertThat(producer.history()).isEmpty();
    }

    @Test
    void healthAndUnknownPaths() throws Exception {
        HttpResponse<String> health = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(json(health).get("status").asText()).isEqualTo("UP");

        HttpResponse<String> get = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        HttpResponse<String> other = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/nope")).build(),
            HttpResponse.BodyHandlers.ofString());
        assertThat(other.statusCode()).isEqualTo(404);
    }

    @Test
    void bindsToLoopbackByDefault() {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
    }
}
