package org.newsevents.ingest.feeds;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsevents.common.ids.ContentHash;

/**
 * Test support: an HTTP server on 127.0.0.1 (any free port) serving feed files and pages by path, with ETag
 * and Last-Modified validators (answering 304 to a matching conditional GET), fixed statuses, redirects and
 * slow answers. Counts requests and 304s per path.
 */
final class FeedServer implements AutoCloseable {
    private static final String LAST_MODIFIED = "Wed, 31 Jan 2018 20:15:15 GMT";

    private final HttpServer server;
    private final Map<String, Route> routes = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> requests = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> notModified = new ConcurrentHashMap<>();

    private sealed interface Route {
    }

    private record Body(String contentType, byte[] bytes, Map<String, String> headers) implements Route {
    }

    private record Status(int status) implements Route {
    }

    private record Redirect(String location) implements Route {
    }

    private record Slow(long millis, Body then) implements Route {
    }

    private FeedServer(HttpServer server) {
        this.server = server;
    }

    static FeedServer start() {
        try {
            HttpServer http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 32);
            http.setExecutor(Executors.newFixedThreadPool(4, r -> {
                Thread t = new Thread(r, "feed-server");
                t.setDaemon(true);
                return t;
            }));
            FeedServer s = new FeedServer(http);
            http.createContext("/", exchange -> {
                try (exchange) {
                    s.handle(exchange);
                }
            });
            http.start();
            return s;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    URI url(String path) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    void serve(String path, String contentType, byte[] body) {
        routes.put(path, new Body(contentType, body, Map.of()));
    }

    void serve(String path, String contentType, byte[] body, Map<String, String> headers) {
        routes.put(path, new Body(contentType, body, headers));
    }

    /** A fixture from src/test/resources/feeds. */
    void serveFixture(String path, String contentType, String fixture) {
        serve(path, contentType, fixture(fixture));
    }

    void status(String path, int status) {
        routes.put(path, new Status(status));
    }

    void redirect(String path, String location) {
        routes.put(path, new Redirect(location));
    }

    void slow(String path, long millis, String contentType, byte[] body) {
        routes.put(path, new Slow(millis, new Body(contentType, body, Map.of())));
    }

    int requests(String path) {
        return requests.getOrDefault(path, new AtomicInteger()).get();
    }

    int notModified(String path) {
        return notModified.getOrDefault(path, new AtomicInteger()).get();
    }

    static byte[] fixture(String name) {
        try (InputStream in = FeedServer.class.getResourceAsStream("/feeds/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Route route = routes.get(path);
        if (route instanceof Slow slow) {
            try {
                Thread.sleep(slow.millis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            route = slow.then();
        }
        if (route instanceof Status s) {
            send(exchange, s.status(), "text/plain", ("status " + s.status()).getBytes());
        } else if (route instanceof Redirect r) {
            exchange.getResponseHeaders().set("Location", r.location());
            exchange.sendResponseHeaders(302, -1);
        } else if (route instanceof Body b) {
            String etag = "\"" + ContentHash.sha256Hex(b.bytes()).substring(0, 16) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                notModified.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
                exchange.sendResponseHeaders(304, -1);
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            exchange.getResponseHeaders().set("Last-Modified", LAST_MODIFIED);
            b.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            send(exchange, 200, b.contentType(), b.bytes());
        } else {
            send(exchange, 404, "text/plain", "not found".getBytes());
        }
    }

    private static void send(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
