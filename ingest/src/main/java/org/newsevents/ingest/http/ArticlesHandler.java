package org.newsevents.ingest.http;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.RawInput;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.PublishOutcome;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.ingest.validation.Rejection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: 202 {@code {"id", "language", "duplicate"}} once Kafka acknowledged the article;
 * 400 for input refused by validation (malformed JSON, missing text, empty, binary, invalid UTF-8, bad
 * published), 413 above the size limit (by Content-Length before reading, and by counting while reading),
 * 415 for other media types or charsets, 401 without the configured bearer token, 405 for other methods,
 * 503 when Kafka does not acknowledge in time. Refused articles (400, 413) also go to the DLQ like every
 * other rejection; protocol errors (401, 405, 415) carry no article and do not.
 */
final class ArticlesHandler implements HttpHandler {
    static final String PATH = "/articles";
    private static final Logger LOG = LoggerFactory.getLogger(ArticlesHandler.class);

    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final BearerAuth auth;
    private final long ackTimeoutMillis;

    ArticlesHandler(ArticleIntake intake, ArticlePublisher publisher, BearerAuth auth, long ackTimeoutMillis) {
        this.intake = intake;
        this.publisher = publisher;
        this.auth = auth;
        this.ackTimeoutMillis = ackTimeoutMillis;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                JsonReplies.error(exchange, 404, "NOT_FOUND", "no such resource; POST articles to " + PATH);
                return;
            }
            if (!"POST".equals(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                JsonReplies.error(exchange, 405, "METHOD_NOT_ALLOWED", "use POST");
                return;
            }
            if (!auth.allows(exchange.getRequestHeaders().getFirst("Authorization"))) {
                exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                JsonReplies.error(exchange, 401, "UNAUTHORIZED", "a valid bearer token is required");
                return;
            }
            BodyType type;
            try {
                type = BodyType.of(exchange.getRequestHeaders().getFirst("Content-Type"));
            } catch (BodyType.Unsupported e) {
                JsonReplies.error(exchange, 415, "UNSUPPORTED_MEDIA_TYPE", e.getMessage());
                return;
            }
            String source = "http:" + exchange.getRemoteAddress().getAddress().getHostAddress();
            long declared = contentLength(exchange);
            if (declared > intake.maxBytes()) {
                reject(exchange, new Rejection(RejectReason.TOO_LARGE,
                    "Content-Length " + declared + " is more than the limit of " + intake.maxBytes() + " bytes", source, null));
                return;
            }
            RawInput input = readBody(exchange, source, type);
            if (input.size() > intake.maxBytes()) {
                reject(exchange, new Rejection(RejectReason.TOO_LARGE,
                    "body is more than the limit of " + intake.maxBytes() + " bytes", source, input.bytes()));
                return;
            }
            Intake result = intake.process(input);
            if (result instanceof Intake.Rejected rejected) {
                reject(exchange, rejected.rejection());
            } else {
                accept(exchange, ((Intake.Accepted) result));
            }
        }
    }

    private RawInput readBody(HttpExchange exchange, String source, BodyType type) throws IOException {
        // Reading at most one byte over the limit caps memory whatever the client claims or streams.
        int cap = intake.maxBytes() + 1;
        try (InputStream in = exchange.getRequestBody()) {
            byte[] body = in.readNBytes(cap);
            long size = body.length;
            return new RawInput(source, body, size, type == BodyType.JSON);
        }
    }

    private void accept(HttpExchange exchange, Intake.Accepted accepted) throws IOException {
        String id = accepted.article().getId();
        try {
            PublishOutcome outcome = publisher.publish(accepted.article()).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("id", id);
            body.put("language", accepted.article().getLanguage());
            body.put("duplicate", outcome == PublishOutcome.DUPLICATE);
            JsonReplies.send(exchange, 202, body);
        } catch (ExecutionException e) {
            JsonReplies.error(exchange, 503, "UNAVAILABLE", "article " + id + " was not acknowledged by Kafka: " + e.getCause().getMessage());
        } catch (TimeoutException e) {
            JsonReplies.error(exchange, 503, "UNAVAILABLE", "article " + id + " was not acknowledged by Kafka within " + ackTimeoutMillis + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            JsonReplies.error(exchange, 503, "UNAVAILABLE", "interrupted while waiting for Kafka");
        }
    }

    private void reject(HttpExchange exchange, Rejection rejection) throws IOException {
        try {
            publisher.reject(rejection).get(ackTimeoutMillis, TimeUnit.MILLISECONDS);
        } catch (ExecutionException | TimeoutException e) {
            // The client still learns why; the missing dead letter is an operator problem, logged loudly.
            LOG.error("dead letter for {} rejection of {} not acknowledged: {}", rejection.reason(), rejection.source(), e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        int status = rejection.reason() == RejectReason.TOO_LARGE ? 413 : 400;
        JsonReplies.error(exchange, status, rejection.reason().name(), rejection.detail());
    }

    private static long contentLength(HttpExchange exchange) {
        String value = exchange.getRequestHeaders().getFirst("Content-Length");
        if (value == null) {
            return -1;
        }
        try {
            return Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
