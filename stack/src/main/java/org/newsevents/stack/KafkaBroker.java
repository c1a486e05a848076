package org.newsevents.stack;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.newsevents.stack.broker.KafkaBrokerMain;

/**
 * A single-node KRaft Kafka broker (combined broker and controller) running as a child JVM
 * ({@link KafkaBrokerMain}) on this JVM's class path. Its files live in one directory: {@code server.properties},
 * {@code cluster.id}, {@code logs/} (the data), {@code broker.log} and {@code broker.pid}.
 */
public final class KafkaBroker {
    private static final String LOG4J_CONFIG = "broker-log4j2.xml";

    private final Path dir;
    private final String host;
    private final int port;
    private final int controllerPort;
    private final ChildJvm child;
    private final Map<String, String> extraSettings;

    /**
     * @param dir the broker's directory (created when missing; data kept between starts)
     * @param host the address both listeners bind, e.g. 127.0.0.1
     * @param port the client (PLAINTEXT) port
     * @param controllerPort the KRaft controller port
     */
    public KafkaBroker(Path dir, String host, int port, int controllerPort) {
        this(dir, host, port, controllerPort, Map.of());
    }

    /**
     * As {@link #KafkaBroker(Path, String, int, int)} with settings added to or replacing the defaults of
     * server.properties (e.g. SSL or SASL listeners next to PLAINTEXT, for security tests).
     */
    public KafkaBroker(Path dir, String host, int port, int controllerPort, Map<String, String> extraSettings) {
        this.extraSettings = Map.copyOf(extraSettings);
        this.dir = dir.toAbsolutePath().normalize();
        this.host = host;
        this.port = port;
        this.controllerPort = controllerPort;
        this.child = new ChildJvm("broker", this.dir, this.dir.resolve("broker.log"));
    }

    public String bootstrapServers() {
        return host + ":" + port;
    }

    public int port() {
        return port;
    }

    public int controllerPort() {
        return controllerPort;
    }

    public Path logFile() {
        return child.logFile();
    }

    public Path pidFile() {
        return child.pidFile();
    }

    /**
     * Writes the configuration and spawns the broker; does not wait for it (see {@link #awaitReady}).
     *
     * @param detached true when the broker must outlive this JVM (the CLI's {@code stack up})
     */
    public ProcessHandle start(boolean detached) {
        try {
            Files.createDirectories(dir);
            Files.writeString(dir.resolve("server.properties"),
                    BrokerProperties.render(dir.resolve("logs"), host, port, controllerPort, extraSettings), StandardCharsets.UTF_8);
            Path log4j = dir.resolve("log4j2.xml");
            try (InputStream in = KafkaBroker.class.getResourceAsStream(LOG4J_CONFIG)) {
                Files.copy(in, log4j, StandardCopyOption.REPLACE_EXISTING);
            }
            return child.start(List.of(
                            "-Xmx512m",
                            // C1 only and the serial collector: on a busy 2-core machine the broker is ready
                            // in ~60 % of the time (measured 16-19 s vs 29-31 s at load 18); a local broker
                            // is not CPU-bound, so the lower peak JIT quality does not matter here.
                            "-XX:+UseSerialGC",
                            "-XX:TieredStopAtLevel=1",
                            "-Djava.awt.headless=true",
                            "-Dlog4j2.configurationFile=" + log4j),
                    System.getProperty("java.class.path"), KafkaBrokerMain.class.getName(),
                    List.of(dir.toString()), dir, detached);
        } catch (IOException e) {
            throw new StackException("Cannot prepare the Kafka broker in " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The running broker process recorded in the pid file, if any. */
    public Optional<ProcessHandle> process() {
        return child.running();
    }

    /**
     * Waits until an Admin client's describeCluster succeeds.
     *
     * @throws StackException when the broker exits or is not ready in time; the message points at the log
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!Ports.isListening(host, port, 500)) {
            checkAliveAndTime(deadline, timeout);
            sleep(100);
        }
        try (Admin admin = Admin.create(adminConfig(2_000))) {
            while (true) {
                try {
                    admin.describeCluster(new DescribeClusterOptions().timeoutMs(2_000)).nodes()
                            .get(3, TimeUnit.SECONDS);
                    return;
                } catch (Exception e) {
                    if (e instanceof InterruptedException) {
                        Thread.currentThread().interrupt();
                        throw new StackException("Interrupted while waiting for the Kafka broker", e);
                    }
                    checkAliveAndTime(deadline, timeout);
                    sleep(200);
                }
            }
        }
    }

    /** True when the broker answers describeCluster within the timeout. */
    public boolean isReady(Duration timeout) {
        if (!Ports.isListening(host, port, (int) Math.min(timeout.toMillis(), 1_000))) {
            return false;
        }
        try (Admin admin = Admin.create(adminConfig((int) timeout.toMillis()))) {
            admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis())).nodes()
                    .get(timeout.toMillis() + 500, TimeUnit.MILLISECONDS);
            return true;
        } catch (Exception e) {
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private Map<String, Object> adminConfig(int timeoutMs) {
        return Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, Math.max(timeoutMs, 1_000) + 1_000,
                AdminClientConfig.CLIENT_ID_CONFIG, "newsevents-stack-readiness");
    }

    private void checkAliveAndTime(long deadline, Duration timeout) {
        if (child.running().isEmpty()) {
            throw child.failure("The Kafka broker on " + bootstrapServers() + " exited during start-up");
        }
        if (System.nanoTime() > deadline) {
            throw child.failure("The Kafka broker on " + bootstrapServers() + " was not ready within "
                    + timeout.toSeconds() + " s");
        }
    }

    /** Stops the broker (SIGTERM, then SIGKILL after 30 s) and removes its pid file; returns the stopped pid. */
    public Optional<Long> stop() {
        return child.stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while waiting for the Kafka broker", e);
        }
    }
}
