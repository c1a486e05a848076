package org.newsevents.common.metrics;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code GET /metrics} (Prometheus text format from a {@link PrometheusMeterRegistry}) and {@code GET /health}
 * (200 {@code {"status":"UP"}} or 503 {@code {"status":"DOWN","detail":...}}).
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver}: two read-only GET endpoints need no routing, filters or
 * dependency injection, so a web framework would only add jars and start-up time to every app. One daemon
 * thread serves both: scrapes are rare and cheap.
 */
public final class MetricsServer implements AutoCloseable {
    public static final String METRICS_PATH = "/metrics";
    public static final String HEALTH_PATH = "/health";
    private static final Logger LOG = LoggerFactory.getLogger(MetricsServer.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private MetricsServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Binds and starts serving; a port already in use fails here with a {@link java.net.BindException}.
     *
     * @param port 0 = any free port (tests)
     */
    public static MetricsServer start(String bind, int port, PrometheusMeterRegistry registry, Supplier<Health> health)
            throws IOException {
        HttpServer http = HttpServer.create(new InetSocketAddress(bind, port), 16);
        ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "metrics-http");
            t.setDaemon(true);
            return t;
        });
        http.setExecutor(executor);
        http.createContext("/", exchange -> {
            try (exchange) {
                route(exchange, registry, health);
            }
        });
        http.start();
        MetricsServer server = new MetricsServer(http, executor);
        LOG.info("metrics on {}{} and {}{}", server.url(), METRICS_PATH, server.url(), HEALTH_PATH);
        return server;
    }

    private static void route(HttpExchange exchange, PrometheusMeterRegistry registry, Supplier<Health> health) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if (!path.equals(METRICS_PATH) && !path.equals(HEALTH_PATH)) {
            send(exchange, 404, "application/json", json(Map.of("error", "NOT_FOUND", "message",
                "GET " + METRICS_PATH + " or " + HEALTH_PATH)));
        } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "GET");
            send(exchange, 405, "application/json", json(Map.of("error", "METHOD_NOT_ALLOWED", "message", "use GET")));
        } else if (path.equals(METRICS_PATH)) {
            send(exchange, 200, PROMETHEUS_TEXT, registry.scrape().getBytes(StandardCharsets.UTF_8));
        } else {
            Health h = check(health);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("status", h.isUp() ? "UP" : "DOWN");
            if (h.detail() != null) {
                body.put("detail", h.detail());
            }
            send(exchange, h.isUp() ? 200 : 503, "application/json", json(body));
        }
    }

    private static Health check(Supplier<Health> health) {
        try {
            return health.get();
        } catch (RuntimeException e) {
            return Health.down("health check failed: " + e);
        }
    }

    private static byte[] json(Map<String, ?> body) throws IOException {
        return JSON.writeValueAsBytes(body);
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        boolean head = "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    /** The bound address (the actual port when started on port 0). */
    public InetSocketAddress address() {
        return server.getAddress();
    }

    /** e.g. {@code http://127.0.0.1:9404} */
    public String url() {
        InetSocketAddress a = address();
        String host = a.getAddress().getHostAddress();
        return "http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
