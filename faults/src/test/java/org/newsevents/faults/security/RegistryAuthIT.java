package org.newsevents.faults.security;

import org.newsevents.faults.support.Keytool;
import org.newsevents.faults.support.SinkOutput;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.stack.ApicurioRegistry;
import org.newsevents.stack.KafkaBroker;
import org.newsevents.stack.Ports;

/**
 * The registry client's TLS, basic auth and OAuth2 bearer tokens, end to end with {@code run}. One Apicurio Registry
 * serves HTTPS only (a certificate made by keytool for 127.0.0.1); basic auth and OAuth2 go through an
 * {@link AuthenticatingRegistryProxy} in front of it, since Apicurio's own auth needs an OIDC server. The runs that
 * complete use a broker of their own: the shared test broker holds records of other tests whose schema ids belong to
 * another registry (the runs the registry refuses never get to records, see {@link #refusedRun}). No client-side secret (trust store password, registry password, client secret) appears in stdout,
 * stderr, logs (log4j and java.util.logging) or the output files.
 */
class RegistryAuthIT {
    private static final String HOST = "127.0.0.1";
    /** The registry server's key store: a server-side secret, on the registry's command line by design. */
    private static final String SERVER_STORE_SECRET = "server-store-6a1f20";
    private static final String TRUST_SECRET = "registry-trust-3b9e55";
    private static final String REGISTRY_USER = "pipeline";
    private static final String REGISTRY_SECRET = "registry-basic-8a6f19";
    private static final String CLIENT_ID = "newsevents-pipeline";
    private static final String CLIENT_SECRET = "registry-oauth-e2c4d7";
    private static final List<String> CLIENT_SECRETS = List.of(TRUST_SECRET, REGISTRY_SECRET, CLIENT_SECRET);
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);

    @TempDir
    static Path work;
    private static KafkaBroker broker;
    private static ApicurioRegistry registry;
    private static String httpsUrl;
    private static Path truststore;
    private static SSLContext trusting;

    @BeforeAll
    static void startBrokerAndHttpsRegistry() throws Exception {
        Path keystore = work.resolve("registry.p12");
        truststore = work.resolve("registry-trust.p12");
        Keytool.selfSignedLocalhost(work, "registry", keystore, SERVER_STORE_SECRET, truststore, TRUST_SECRET);
        trusting = sslContext(truststore, TRUST_SECRET);

        broker = new KafkaBroker(work.resolve("broker"), HOST, Ports.freePort(HOST), Ports.freePort(HOST));
        int sslPort = Ports.freePort(HOST);
        // Quarkus 3.15 (bundled with the registry) settings: an HTTPS listener only, plain HTTP refused.
        registry = new ApicurioRegistry(work.resolve("https-registry"), HOST, Ports.freePort(HOST), null, Map.of(
            "quarkus.http.ssl-port", Integer.toString(sslPort),
            "quarkus.http.insecure-requests", "disabled",
            "quarkus.http.ssl.certificate.key-store-file", keystore.toString(),
            "quarkus.http.ssl.certificate.key-store-file-type", "PKCS12",
            "quarkus.http.ssl.certificate.key-store-password", SERVER_STORE_SECRET));
        httpsUrl = "https://" + HOST + ":" + sslPort;
        broker.start(false);
        registry.start(false);
        broker.awaitReady(START_TIMEOUT);
        awaitHttpsReady();
    }

    @AfterAll
    static void stopBrokerAndRegistry() {
        if (registry != null) {
            registry.stop();
        }
        if (broker != null) {
            broker.stop();
        }
    }

    @Test
    void pipelineRunsAgainstAnHttpsOnlyRegistryWithTheTrustStore() throws Exception {
        assertThat(plainHttpRefused()).as("the registry must not answer plain HTTP").isTrue();
        Captured run = runPipeline("tls", httpsUrl, List.of("registry.truststore.location=" + truststore,
            "registry.truststore.password=" + TRUST_SECRET, "registry.truststore.type=PKCS12"));

        assertThat(run.exit).as(run.err).isZero();
        assertThat(Files.readAllLines(run.dir.resolve("articles.jsonl"))).hasSize(5);
        assertNoClientSecret(run);
        FaultResults.record("security: registry over HTTPS only (test-made certificate, trust store)", 5, SinkOutput.compactedEvents(run.dir), 0, 0,
            "trust store password absent from stdout, stderr, logs and output");
    }

    @Test
    void httpsRegistryWithoutTheTrustStoreFailsWithAClearError() throws Exception {
        Captured run = refusedRun("tls-untrusted", httpsUrl, List.of());

        assertThat(run.exit).isNotZero();
        assertThat(run.err).contains(httpsUrl).contains("TLS handshake failed").contains("registry.truststore.location");
        assertNoClientSecret(run);
    }

    @Test
    void pipelineRunsThroughBasicAuthAndUnauthenticatedRequestsAreRefused() throws Exception {
        try (AuthenticatingRegistryProxy proxy = new AuthenticatingRegistryProxy(httpsUrl, REGISTRY_USER, REGISTRY_SECRET,
            null, null, trusting)) {
            assertThat(status(proxy.url() + "/apis/registry/v3/admin/rules", null)).isEqualTo(401);
            assertThat(status(proxy.url() + "/apis/registry/v3/admin/rules", "Basic bm9ib2R5Om5vdGhpbmc=")).isEqualTo(401);
            assertThat(proxy.refused()).isEqualTo(2);

            Captured run = runPipeline("basic", proxy.url(), List.of(
                "registry.username=" + REGISTRY_USER, "registry.password=" + REGISTRY_SECRET));

            assertThat(run.exit).as(run.err).isZero();
            assertThat(Files.readAllLines(run.dir.resolve("articles.jsonl"))).hasSize(5);
            // Every call of the run carried the credentials: nothing more was refused, and the calls reached the registry.
            assertThat(proxy.refused()).isEqualTo(2);
            assertThat(proxy.forwarded()).isPositive();
            assertNoClientSecret(run);
            FaultResults.record("security: registry behind basic auth", 5, SinkOutput.compactedEvents(run.dir), 0, 0,
                "requests without credentials refused (401); password absent from stdout, stderr, logs and output");
        }
    }

    @Test
    void registryRefusingTheRunFailsWithAClearError() throws Exception {
        try (AuthenticatingRegistryProxy proxy = new AuthenticatingRegistryProxy(httpsUrl, REGISTRY_USER, REGISTRY_SECRET,
            null, null, trusting)) {
            Captured run = refusedRun("basic-missing", proxy.url(), List.of());

            assertThat(run.exit).isNotZero();
            assertThat(run.err).contains("HTTP 401").contains("registry.username");
            assertThat(proxy.refused()).isPositive();
            assertThat(proxy.forwarded()).isZero();
        }
    }

    @Test
    void pipelineRunsWithOauthBearerTokens() throws Exception {
        try (AuthenticatingRegistryProxy proxy = new AuthenticatingRegistryProxy(httpsUrl, null, null,
            CLIENT_ID, CLIENT_SECRET, trusting)) {
            assertThat(status(proxy.url() + "/apis/registry/v3/admin/rules", null)).isEqualTo(401);
            int refusedBefore = proxy.refused();

            Captured run = runPipeline("oauth", proxy.url(), List.of(
                "registry.auth.token.endpoint=" + proxy.tokenEndpoint(), "registry.auth.client.id=" + CLIENT_ID,
                "registry.auth.client.secret=" + CLIENT_SECRET, "registry.auth.client.scope=registry"));

            assertThat(run.exit).as(run.err).isZero();
            assertThat(Files.readAllLines(run.dir.resolve("articles.jsonl"))).hasSize(5);
            assertThat(proxy.tokensIssued()).isPositive();
            assertThat(proxy.lastScope()).isEqualTo("registry");
            assertThat(proxy.refused()).isEqualTo(refusedBefore);
            assertThat(proxy.forwarded()).isPositive();
            assertNoClientSecret(run);
            FaultResults.record("security: registry behind OAuth2 bearer tokens (client credentials)", 5, SinkOutput.compactedEvents(run.dir), 0, 0,
                "token fetched with the client secret; secret absent from stdout, stderr, logs and output");
        }
    }

    private static Captured runPipeline(String name, String registryUrl, List<String> settings) {
        return runPipeline(name, broker.bootstrapServers(), registryUrl, settings);
    }

    /**
     * A run the registry refuses, on the shared broker: it fails before reading or writing records, but today
     * {@code run} does not close its sink's clients when the extractor fails to start, and against a broker that
     * lives on they wait quietly instead of logging reconnect warnings for the rest of the suite.
     */
    private static Captured refusedRun(String name, String registryUrl, List<String> settings) {
        return runPipeline(name, FaultStack.stack().bootstrapServers(), registryUrl, settings);
    }

    private static Captured runPipeline(String name, String bootstrap, String registryUrl, List<String> settings) {
        Path out = work.resolve("out-" + name);
        List<String> args = new ArrayList<>(List.of("run", CORPUS.toString(), "--out", out.toString(), "--timeout", "120",
            "--bootstrap-servers", bootstrap, "--registry-url", registryUrl,
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=faults-registry-" + name, "--set", "state.dir=" + work.resolve("streams-" + name),
            "--set", "topic.partitions=1"));
        settings.forEach(s -> args.addAll(List.of("--set", s)));
        Captured c = capture(() -> Main.execute(args.toArray(String[]::new)));
        c.dir = out;
        return c;
    }

    /** No client-side secret in stdout, stderr (log4j follows it), java.util.logging, the output or the server logs. */
    private static void assertNoClientSecret(Captured run) throws IOException {
        if (run.exit == 0) {
            assertThat(run.err).as("the app logs are part of what is scanned").contains("ingest finished");
        }
        List<Path> files = new ArrayList<>(List.of(registry.logFile(), broker.logFile()));
        if (Files.isDirectory(run.dir)) {
            try (Stream<Path> outputs = Files.walk(run.dir)) {
                outputs.filter(Files::isRegularFile).forEach(files::add);
            }
        }
        for (String secret : CLIENT_SECRETS) {
            assertThat(run.out).as("stdout").doesNotContain(secret);
            assertThat(run.err).as("stderr").doesNotContain(secret);
            assertThat(run.jul).as("java.util.logging").doesNotContain(secret);
            for (Path file : files) {
                assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1)).as(file.toString())
                    .doesNotContain(secret);
            }
        }
    }


    private static void awaitHttpsReady() throws InterruptedException {
        HttpClient client = HttpClient.newBuilder().sslContext(trusting).connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (true) {
            try {
                HttpRequest ready = HttpRequest.newBuilder(URI.create(httpsUrl + "/health/ready"))
                    .timeout(Duration.ofSeconds(2)).build();
                if (client.send(ready, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // Not listening yet.
            }
            if (registry.process().isEmpty() || System.nanoTime() > deadline) {
                throw new AssertionError("the HTTPS registry did not become ready; its log: " + registry.logFile());
            }
            Thread.sleep(250);
        }
    }

    /** True when the registry's plain HTTP port does not serve the API. */
    private static boolean plainHttpRefused() throws InterruptedException {
        try {
            int code = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(registry.url() + "/apis/registry/v3/system/info"))
                .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
            return code >= 300;
        } catch (IOException e) {
            return true;
        }
    }

    private static int status(String url, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    private static SSLContext sslContext(Path store, String password) throws Exception {
        KeyStore trust = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(store)) {
            trust.load(in, password.toCharArray());
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, factory.getTrustManagers(), null);
        return context;
    }

    /** Runs the body with stdout, stderr and java.util.logging (which Apicurio's client uses) captured. */
    private static Captured capture(java.util.function.IntSupplier body) {
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        StringBuilder jul = new StringBuilder();
        Handler julCapture = new Handler() {
            private final SimpleFormatter format = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                synchronized (jul) {
                    jul.append(format.format(record));
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger root = Logger.getLogger("");
        int exit;
        try {
            root.addHandler(julCapture);
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            exit = body.getAsInt();
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            root.removeHandler(julCapture);
        }
        String julText;
        synchronized (jul) {
            julText = jul.toString();
        }
        Captured c = new Captured(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8), julText);
        oldErr.println(c.err.length() > 4000 ? c.err.substring(c.err.length() - 4000) : c.err);
        return c;
    }


    private static final class Captured {
        final int exit;
        final String out;
        final String err;
        final String jul;
        Path dir;

        Captured(int exit, String out, String err, String jul) {
            this.exit = exit;
            this.out = out;
            this.err = err;
            this.jul = jul;
        }
    }
}
