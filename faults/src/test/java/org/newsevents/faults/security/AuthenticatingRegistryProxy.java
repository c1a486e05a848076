package org.newsevents.faults.security;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;

/**
 * An authenticating reverse proxy in front of an Apicurio Registry that has no auth of its own, standing in for a registry with auth enabled
 * (Apicurio's own auth needs an OIDC server, which does not run here; no library offers a small stand-in, hence the
 * JDK server). Every request must carry {@code Authorization: Basic} with the configured user and password, or
 * {@code Authorization: Bearer} with a token this proxy issued at {@value #TOKEN_PATH} (OAuth2 client credentials
 * grant); anything else gets 401. Accepted requests are forwarded unchanged apart from hop-by-hop headers.
 */
final class AuthenticatingRegistryProxy implements AutoCloseable {
    static final String TOKEN_PATH = "/token";
    /** Headers the JDK client sets itself (or refuses), and hop-by-hop ones. */
    private static final Set<String> NOT_FORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
        "authorization", "transfer-encoding", "keep-alive", "te", "trailer", "proxy-authorization", "accept-encoding",
        "http2-settings", "date", "from", "via", "warning");

    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(8);
    private final HttpClient client;
    private final URI target;
    private final String basicHeader;
    private final String clientId;
    private final String clientSecret;
    private final String accessToken = "token-" + UUID.randomUUID();
    private final AtomicInteger forwarded = new AtomicInteger();
    private final AtomicInteger refused = new AtomicInteger();
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private volatile String lastScope;

    /**
     * @param target the registry's base URL
     * @param username, password the basic-auth credentials accepted (null: basic auth not accepted)
     * @param clientId, clientSecret the OAuth2 client accepted at the token endpoint (null: no token endpoint)
     * @param upstreamTrust trust for an https target (null: the JVM's default)
     */
    AuthenticatingRegistryProxy(String target, String username, String password, String clientId, String clientSecret,
                                SSLContext upstreamTrust) throws IOException {
        HttpClient.Builder builder = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .version(HttpClient.Version.HTTP_1_1);
        if (upstreamTrust != null) {
            builder.sslContext(upstreamTrust);
        }
        this.client = builder.build();
        this.target = URI.create(target.endsWith("/") ? target.substring(0, target.length() - 1) : target);
        this.basicHeader = username == null ? null : "Basic " + base64(username + ":" + password);
        this.clientId = clientId;
        this.clientSecret = clientSecret;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String tokenEndpoint() {
        return url() + TOKEN_PATH;
    }

    int forwarded() {
        return forwarded.get();
    }

    int refused() {
        return refused.get();
    }

    int tokensIssued() {
        return tokensIssued.get();
    }

    String lastScope() {
        return lastScope;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            byte[] body = exchange.getRequestBody().readAllBytes();
            if (clientId != null && exchange.getRequestURI().getPath().equals(TOKEN_PATH)) {
                issueToken(exchange, body);
            } else if (!authorized(exchange.getRequestHeaders().getFirst("Authorization"))) {
                refused.incrementAndGet();
                exchange.getResponseHeaders().add("WWW-Authenticate", clientId != null ? "Bearer" : "Basic realm=\"registry\"");
                exchange.sendResponseHeaders(401, -1);
            } else {
                forward(exchange, body);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // Say what went wrong instead of dropping the connection (which a client may retry for a long time).
            send(exchange, 502, "{\"error\":\"proxy: " + e.getClass().getSimpleName() + "\"}");
        } finally {
            exchange.close();
        }
    }

    private boolean authorized(String header) {
        if (header == null) {
            return false;
        }
        return header.equals(basicHeader) || (clientId != null && header.equals("Bearer " + accessToken));
    }

    /** Client credentials grant: the client authenticates with HTTP Basic or form fields (RFC 6749, 2.3.1). */
    private void issueToken(HttpExchange exchange, byte[] body) throws IOException {
        Map<String, String> form = form(new String(body, StandardCharsets.UTF_8));
        String header = exchange.getRequestHeaders().getFirst("Authorization");
        boolean client = ("Basic " + base64(clientId + ":" + clientSecret)).equals(header)
            || (clientId.equals(form.get("client_id")) && clientSecret.equals(form.get("client_secret")));
        if (!"POST".equals(exchange.getRequestMethod()) || !"client_credentials".equals(form.get("grant_type")) || !client) {
            refused.incrementAndGet();
            send(exchange, 401, "{\"error\":\"invalid_client\"}");
            return;
        }
        lastScope = form.get("scope");
        tokensIssued.incrementAndGet();
        send(exchange, 200, "{\"access_token\":\"" + accessToken + "\",\"token_type\":\"Bearer\",\"expires_in\":300}");
    }

    private void forward(HttpExchange exchange, byte[] body) throws IOException, InterruptedException {
        URI uri = URI.create(target + exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery()));
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
            .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT))) {
                values.forEach(v -> request.header(name, v));
            }
        });
        HttpResponse<InputStream> response = client.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        byte[] answer;
        try (InputStream in = response.body()) {
            answer = in.readAllBytes();
        }
        response.headers().map().forEach((name, values) -> {
            if (!NOT_FORWARDED.contains(name.toLowerCase(Locale.ROOT)) && !name.startsWith(":")) {
                exchange.getResponseHeaders().put(name, List.copyOf(values));
            }
        });
        forwarded.incrementAndGet();
        boolean noBody = answer.length == 0 || "HEAD".equals(exchange.getRequestMethod());
        exchange.sendResponseHeaders(response.statusCode(), noBody ? -1 : answer.length);
        if (!noBody) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(answer);
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    private static String base64(String text) {
        return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
