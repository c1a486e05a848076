package org.newsevents.ingest.http;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.newsevents.common.config.Settings;
import org.newsevents.common.metrics.Health;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The push endpoint: {@code POST /articles} (see {@link ArticlesHandler}) and {@code GET /health}.
 *
 * <p>Built on the JDK's own {@code com.sun.net.httpserver} rather than a web framework: one POST and one GET
 * endpoint need no routing, templating or DI, and the JDK server adds no dependency or start-up cost.
 * Requests run on a bounded pool ({@code http.threads}, short queue); when it is full the accepting thread
 * runs the request itself, which stops accepting new connections: back-pressure instead of unbounded memory.
 * Bound to 127.0.0.1 unless {@code http.bind} says otherwise.
 */
public final class HttpIngestServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(HttpIngestServer.class);

    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final HttpOptions options;
    private HttpServer server;
    private ThreadPoolExecutor executor;

    public HttpIngestServer(ArticleIntake intake, ArticlePublisher publisher, HttpOptions options) {
        this.intake = intake;
        this.publisher = publisher;
        this.options = options;
    }

    /** A server configured from the settings ({@code http.*}). */
    public static HttpIngestServer create(ArticleIntake intake, ArticlePublisher publisher, Settings settings) {
        return new HttpIngestServer(intake, publisher, HttpOptions.of(settings));
    }

    /** Binds and starts serving; a port already in use fails here with a {@link java.net.BindException}. */
    public synchronized void start() throws IOException {
        if (server != null) {
            throw new IllegalStateException("already started");
        }
        HttpServer http = HttpServer.create(new InetSocketAddress(options.bind(), options.port()), 64);
        AtomicInteger n = new AtomicInteger();
        executor = new ThreadPoolExecutor(options.threads(), options.threads(), 60, TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(options.threads() * 8), r -> {
                Thread t = new Thread(r, "http-ingest-" + n.incrementAndGet());
                t.setDaemon(true);
                return t;
            }, new ThreadPoolExecutor.CallerRunsPolicy());
        http.setExecutor(executor);
        http.createContext(ArticlesHandler.PATH, new ArticlesHandler(intake, publisher,
            new BearerAuth(options.token()), options.ackTimeoutMillis()));
        http.createContext(HealthHandler.PATH, new HealthHandler());
        http.createContext("/", exchange -> {
            try (exchange) {
                JsonReplies.error(exchange, 404, "NOT_FOUND", "no such resource; POST articles to " + ArticlesHandler.PATH);
            }
        });
        http.start();
        server = http;
        LOG.info("HTTP ingest listening on http://{}:{}{} ({})", options.bind(), port(), ArticlesHandler.PATH, options);
    }

    /** The bound address (the actual port when {@code http.port} is 0). */
    public InetSocketAddress address() {
        if (server == null) {
            throw new IllegalStateException("not started");
        }
        return server.getAddress();
    }

    /** For the metrics endpoint's {@code GET /health}: UP while serving. */
    public synchronized Health health() {
        return server != null ? Health.up() : Health.down("HTTP ingest not serving");
    }

    public int port() {
        return address().getPort();
    }

    /** Stops accepting, lets requests in progress finish for up to {@code grace}, then stops the workers. */
    public synchronized void stop(Duration grace) {
        if (server == null) {
            return;
        }
        server.stop((int) Math.max(0, grace.toSeconds()));
        executor.shutdown();
        try {
            if (!executor.awaitTermination(Math.max(1, grace.toMillis()), TimeUnit.MILLISECONDS)) {
                executor.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            executor.shutdownNow();
        }
        server = null;
        LOG.info("HTTP ingest stopped");
    }

    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }
}
