package org.newsevents.common.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class MetricsServerTest {
    private final HttpClient http = HttpClient.newHttpClient();
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final AtomicReference<Health> health = new AtomicReference<>(Health.up());
    private MetricsServer server;

    @BeforeEach
    void start() throws Exception {
        server = MetricsServer.start("127.0.0.1", 0, registry, health::get);
    }

    @AfterEach
    void stop() {
        server.close();
        registry.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path)).GET().build(),
            HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesCountersInThePrometheusTextFormat() throws Exception {
        registry.counter("newsevents.test.articles", "type", "statements").increment(3);

        HttpResponse<String> response = get("/metrics");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(response.body()).contains("newsevents_test_articles_total{type=\"statements\"} 3.0");
    }

    @Test
    void answersHealthUpWith200AndDownWith503AndTheReason() throws Exception {
        HttpResponse<String> up = get("/health");
        assertThat(up.statusCode()).isEqualTo(200);
        assertThat(up.body()).isEqualTo("{\"status\":\"UP\"}");

        health.set(Health.down("state PENDING_SHUTDOWN"));
        HttpResponse<String> down = get("/health");
        assertThat(down.statusCode()).isEqualTo(503);
        assertThat(down.body()).isEqualTo("{\"status\":\"DOWN\",\"detail\":\"state PENDING_SHUTDOWN\"}");
    }

    @Test
    void reportsAFailingHealthCheckAsDown() throws Exception {
        server.close();
        server = MetricsServer.start("127.0.0.1", 0, registry, () -> {
            throw new IllegalStateException("boom");
        });

        assertThat(get("/health").statusCode()).isEqualTo(503);
    }

    @Test
    void bindsToLoopbackAndRefusesOtherPathsAndMethods() throws Exception {
        assertThat(server.address().getAddress().isLoopbackAddress()).isTrue();
        assertThat(get("/other").statusCode()).isEqualTo(404);
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create(server.url() + "/metrics"))
            .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(post.statusCode()).isEqualTo(405);
    }
}
