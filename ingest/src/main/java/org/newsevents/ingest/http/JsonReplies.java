package org.newsevents.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import org.newsevents.common.json.AvroJson;

/** Writes JSON response bodies: {@code {"error": code, "detail": ...}} for errors. */
final class JsonReplies {
    private JsonReplies() {
    }

    static void send(HttpExchange exchange, int status, Map<String, ?> body) throws IOException {
        byte[] bytes = AvroJson.mapper().writeValueAsBytes(body);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    static void error(HttpExchange exchange, int status, String code, String detail) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", code);
        body.put("detail", detail);
        send(exchange, status, body);
    }
}
