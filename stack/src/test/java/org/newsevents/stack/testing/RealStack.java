package org.newsevents.stack.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;
import org.newsevents.stack.ApicurioRegistry;
import org.newsevents.stack.KafkaBroker;
import org.newsevents.stack.Ports;
import org.newsevents.stack.StackException;

/**
 * One real Kafka broker and one real Apicurio Registry per test JVM, as child JVMs on free ports in a temporary
 * directory. Started on the first {@link #get()}, stopped (and the directory deleted) by a shutdown hook.
 *
 * <pre>{@code
 * RealStack stack = RealStack.get();
 * stack.createTopics("news.articles");
 * props.put("bootstrap.servers", stack.bootstrapServers());
 * props.put("apicurio.registry.url", stack.registryApiUrl());
 * }</pre>
 *
 * The broker can be stopped and started again on the same ports and data ({@link #restartBroker()}) for fault
 * tests, and so can the registry ({@link #stopRegistry()}, {@link #startRegistry()}). Logs: {@link #brokerLog()}, {@link #registryLog()}.
 */
public final class RealStack {
    private static final String HOST = "127.0.0.1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static RealStack instance;
    private static StackException failure;

    private final Path dir;
    private volatile KafkaBroker broker;
    private volatile ApicurioRegistry registry;
    private final Duration startTime;

    private RealStack() throws IOException {
        dir = Files.createTempDirectory("newsevents-stack-");
        Runtime.getRuntime().addShutdownHook(new Thread(this::shutdown, "real-stack-shutdown"));
        long start = System.nanoTime();
        for (int attempt = 1; ; attempt++) {
            Path attemptDir = dir.resolve("attempt-" + attempt);
            broker = new KafkaBroker(attemptDir.resolve("kafka"), HOST, Ports.freePort(HOST), Ports.freePort(HOST));
            registry = new ApicurioRegistry(attemptDir.resolve("registry"), HOST, Ports.freePort(HOST), null);
            try {
                // Both children start at once; waiting for one then the other costs only the slower of the two.
                broker.start(false);
                registry.start(false);
                broker.awaitReady(START_TIMEOUT);
                registry.awaitReady(START_TIMEOUT);
                break;
            } catch (StackException e) {
                stopBoth();
                // A free port can be taken by another process before our child binds it; then take new ones.
                if (attempt == 3 || !e.getMessage().contains("Address already in use")) {
                    throw e;
                }
            }
        }
        startTime = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf("RealStack: broker %s, registry %s ready in %d ms (dir %s)%n",
                broker.bootstrapServers(), registry.url(), startTime.toMillis(), dir);
    }

    /** The stack of this JVM, started on first use (takes a few seconds). */
    public static synchronized RealStack get() {
        // A failed start is not retried: every later test would wait for the same failure again.
        if (failure != null) {
            throw new StackException("The test stack failed to start earlier in this JVM: " + failure.getMessage(), failure);
        }
        if (instance == null) {
            try {
                instance = new RealStack();
            } catch (IOException e) {
                failure = new StackException("Cannot create a temporary directory for the test stack: " + e.getMessage(), e);
                throw failure;
            } catch (StackException e) {
                failure = e;
                throw e;
            }
        }
        return instance;
    }

    /** e.g. {@code 127.0.0.1:40123} */
    public String bootstrapServers() {
        return broker.bootstrapServers();
    }

    /** The registry's base URL, e.g. {@code http://127.0.0.1:40124}. */
    public String registryUrl() {
        return registry.url();
    }

    /** The registry's core API, for {@code apicurio.registry.url}. */
    public String registryApiUrl() {
        return registry.url() + "/apis/registry/v3";
    }

    /** The Confluent-compatible API, for {@code schema.registry.url} of Confluent-protocol clients. */
    public String ccompatUrl() {
        return registry.url() + "/apis/ccompat/v7";
    }

    /** How long the first start took (both servers ready). */
    public Duration startTime() {
        return startTime;
    }

    public Path brokerLog() {
        return broker.logFile();
    }

    public Path registryLog() {
        return registry.logFile();
    }

    /** Creates the topics with one partition and replication factor 1; topics that already exist are kept. */
    public void createTopics(String... names) {
        createTopics(1, names);
    }

    /** Creates the topics with the given partition count and replication factor 1; existing topics are kept. */
    public void createTopics(int partitions, String... names) {
        List<NewTopic> topics = Arrays.stream(names).map(n -> new NewTopic(n, partitions, (short) 1)).toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers()))) {
            for (var result : admin.createTopics(topics).values().entrySet()) {
                try {
                    result.getValue().get(30, TimeUnit.SECONDS);
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw new StackException("Cannot create topic " + result.getKey() + ": " + e.getCause(), e);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StackException("Interrupted while creating topics", e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new StackException("Creating topics timed out; broker log: " + brokerLog(), e);
        }
    }

    /** Stops the broker cleanly (SIGTERM) and waits until it has exited; ports and data are kept. */
    public synchronized void stopBroker() {
        broker.stop();
    }

    /** Starts the broker again on the same ports and data and waits until it is ready. */
    public synchronized void startBroker() {
        if (broker.process().isEmpty()) {
            broker.start(false);
        }
        broker.awaitReady(START_TIMEOUT);
    }

    /** Stops the registry (SIGTERM) and waits until it has exited; its port and stored schemas are kept. */
    public synchronized void stopRegistry() {
        registry.stop();
    }

    /** Starts the registry again on the same port and storage and waits until it is ready. */
    public synchronized void startRegistry() {
        if (registry.process().isEmpty()) {
            registry.start(false);
        }
        registry.awaitReady(START_TIMEOUT);
    }

    /** {@link #stopBroker()} then {@link #startBroker()}. */
    public synchronized void restartBroker() {
        stopBroker();
        startBroker();
    }

    private void shutdown() {
        stopBoth();
        deleteQuietly(dir);
    }

    private void stopBoth() {
        if (broker == null) {
            return;
        }
        Thread registryStop = new Thread(registry::stop, "real-stack-registry-stop");
        registryStop.start();
        broker.stop();
        try {
            registryStop.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void deleteQuietly(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // Best effort: a leftover temp directory is harmless.
        }
    }
}
