package org.newsevents.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.util.Map;

/** {@code GET /health}: 200 {@code {"status":"UP"}} while the server runs. */
final class HealthHandler implements HttpHandler {
    static final String PATH = "/health";

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                JsonReplies.error(exchange, 404, "NOT_FOUND", "no such resource");
            } else if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "GET");
                JsonReplies.error(exchange, 405, "METHOD_NOT_ALLOWED", "use GET");
            } else {
                JsonReplies.send(exchange, 200, Map.of("status", "UP"));
            }
        }
    }
}
