package org.newsevents.stack;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * The embedded local stack: a single-node KRaft Kafka broker and Apicurio Registry as child JVMs with their files
 * under one data directory ({@code kafka/}, {@code registry/}, pid files, {@code stack.properties}).
 *
 * <ul>
 *   <li>{@link #up}, {@link #down}, {@link #status}: for {@code stack up|down|status}; the servers outlive the CLI
 *       process and are found again through the pid files.</li>
 *   <li>{@link #start}: for commands that need a stack only while they run; closing the handle stops what it
 *       started (a stack that already ran is left alone).</li>
 * </ul>
 * Only one stack per data directory; concurrent {@code up} calls on the same directory are not guarded.
 */
public final class LocalStack {
    /** Upper bound for a start; a cold start takes some seconds, much more only on an overloaded machine. */
    public static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STATUS_TIMEOUT = Duration.ofSeconds(3);

    private LocalStack() {
    }

    /**
     * Starts broker and registry as detached processes and waits until both are ready. When this data directory's
     * stack already runs, nothing is started (and its recorded ports win over the settings'); a missing half is
     * started again.
     *
     * @throws StackException when a port is taken by something else (the message names it and what to do), or a
     *     server does not become ready (the message points at its log); whatever this call started is stopped
     */
    public static StackInfo up(StackSettings settings) {
        return launch(settings, true).info();
    }

    /**
     * Like {@link #up} but for the lifetime of this JVM: the returned handle stops what this call started (also on
     * JVM shutdown, e.g. Ctrl-C). A stack already running in the data directory is used and left running.
     */
    public static Handle start(StackSettings settings) {
        return launch(settings, false);
    }

    /**
     * Stops the stack of this data directory: SIGTERM, up to 30 s for a clean shutdown, then SIGKILL; removes the
     * pid and state files and keeps the data.
     *
     * @return one line per stopped server, empty when nothing ran
     */
    public static List<String> down(Path dataDir) {
        Path data = normalize(dataDir);
        StackSettings settings = recordedSettings(data);
        KafkaBroker broker = broker(data, settings);
        ApicurioRegistry registry = registry(data, settings);
        // The two shut down independently; in parallel the wait is the slower one's, not the sum.
        CompletableFuture<Optional<Long>> registryStop = CompletableFuture.supplyAsync(registry::stop);
        Optional<Long> brokerPid = broker.stop();
        Optional<Long> registryPid = registryStop.join();
        StackState.delete(data);
        List<String> stopped = new ArrayList<>();
        brokerPid.ifPresent(pid -> stopped.add("Stopped Kafka broker (pid " + pid + ", " + broker.bootstrapServers() + ")"));
        registryPid.ifPresent(pid -> stopped.add("Stopped Apicurio Registry (pid " + pid + ", " + registry.url() + ")"));
        return stopped;
    }

    /** What runs in this data directory: pid, address and whether each server answers. */
    public static StackStatus status(Path dataDir) {
        Path data = normalize(dataDir);
        Optional<StackState> state = StackState.read(data);
        StackSettings settings = recordedSettings(data);
        KafkaBroker broker = broker(data, settings);
        ApicurioRegistry registry = registry(data, settings);
        Optional<ProcessHandle> brokerProcess = broker.process();
        Optional<ProcessHandle> registryProcess = registry.process();
        return new StackStatus(data, List.of(
                new StackStatus.Component("kafka", state.map(s -> broker.bootstrapServers()).orElse(null),
                        brokerProcess.map(ProcessHandle::pid).orElse(-1L), brokerProcess.isPresent(),
                        brokerProcess.isPresent() && broker.isReady(STATUS_TIMEOUT), broker.logFile()),
                new StackStatus.Component("registry", state.map(s -> registry.url()).orElse(null),
                        registryProcess.map(ProcessHandle::pid).orElse(-1L), registryProcess.isPresent(),
                        registryProcess.isPresent() && registry.isReady(STATUS_TIMEOUT), registry.logFile())));
    }

    private static Handle launch(StackSettings requested, boolean detached) {
        long begin = System.nanoTime();
        Path data = normalize(requested.dataDir());
        StackSettings settings = requested.withDataDir(data);
        Optional<StackState> recorded = StackState.read(data);
        if (recorded.isPresent()) {
            StackSettings previous = recorded.get().applyTo(settings);
            if (broker(data, previous).process().isPresent() || registry(data, previous).process().isPresent()) {
                settings = previous;
            }
        }
        KafkaBroker broker = broker(data, settings);
        ApicurioRegistry registry = registry(data, settings);
        boolean startBroker = broker.process().isEmpty();
        boolean startRegistry = registry.process().isEmpty();
        if (startBroker) {
            Ports.requireFree(settings.host(), settings.kafkaPort(), "Kafka broker", "--kafka-port");
            Ports.requireFree(settings.host(), settings.controllerPort(), "Kafka controller", "--controller-port");
        }
        if (startRegistry) {
            RegistryDistribution.runnerJar(RegistryDistribution.home(settings.registryHome())); // fail before any start
            Ports.requireFree(settings.host(), settings.registryPort(), "Apicurio Registry", "--registry-port");
        }
        StackState.of(settings).write(data);

        Handle handle = new Handle(broker, startBroker, registry, startRegistry, data);
        try {
            // Both start at once; waiting for one then the other costs only the slower of the two.
            if (startBroker) {
                broker.start(detached);
            }
            if (startRegistry) {
                registry.start(detached);
            }
            broker.awaitReady(START_TIMEOUT);
            registry.awaitReady(START_TIMEOUT);
        } catch (RuntimeException e) {
            handle.close();
            throw e;
        }
        handle.info = new StackInfo(broker.bootstrapServers(), registry.url(), data, !startBroker && !startRegistry,
                Duration.ofNanos(System.nanoTime() - begin));
        if (!detached) {
            handle.stopOnShutdown();
        }
        return handle;
    }

    private static Path normalize(Path dataDir) {
        return dataDir.toAbsolutePath().normalize();
    }

    /** The recorded addresses, or the defaults when none are recorded (only pid files matter then). */
    private static StackSettings recordedSettings(Path data) {
        StackSettings defaults = StackSettings.defaults().withDataDir(data);
        return StackState.read(data).map(s -> s.applyTo(defaults)).orElse(defaults);
    }

    private static KafkaBroker broker(Path data, StackSettings settings) {
        return new KafkaBroker(data.resolve("kafka"), settings.host(), settings.kafkaPort(), settings.controllerPort());
    }

    private static ApicurioRegistry registry(Path data, StackSettings settings) {
        return new ApicurioRegistry(data.resolve("registry"), settings.host(), settings.registryPort(),
                settings.registryHome());
    }

    /** A stack used by this JVM; {@link #close()} stops the servers this JVM started and nothing else. */
    public static final class Handle implements AutoCloseable {
        private final KafkaBroker broker;
        private final boolean ownsBroker;
        private final ApicurioRegistry registry;
        private final boolean ownsRegistry;
        private final Path dataDir;
        private StackInfo info;
        private Thread shutdownHook;
        private boolean closed;

        private Handle(KafkaBroker broker, boolean ownsBroker, ApicurioRegistry registry, boolean ownsRegistry,
                       Path dataDir) {
            this.broker = broker;
            this.ownsBroker = ownsBroker;
            this.registry = registry;
            this.ownsRegistry = ownsRegistry;
            this.dataDir = dataDir;
        }

        public StackInfo info() {
            return info;
        }

        public String bootstrapServers() {
            return info.bootstrapServers();
        }

        public String registryUrl() {
            return info.registryUrl();
        }

        /** True when this JVM started at least one of the servers (and will stop it on close). */
        public boolean startedHere() {
            return ownsBroker || ownsRegistry;
        }

        private void stopOnShutdown() {
            if (startedHere()) {
                shutdownHook = new Thread(this::stopOwned, "local-stack-shutdown");
                Runtime.getRuntime().addShutdownHook(shutdownHook);
            }
        }

        @Override
        public synchronized void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (shutdownHook != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(shutdownHook);
                } catch (IllegalStateException e) {
                    return; // the JVM is shutting down and the hook does the stopping
                }
            }
            stopOwned();
        }

        private void stopOwned() {
            CompletableFuture<?> registryStop = ownsRegistry
                    ? CompletableFuture.runAsync(registry::stop) : CompletableFuture.completedFuture(null);
            if (ownsBroker) {
                broker.stop();
            }
            registryStop.join();
            if (ownsBroker && ownsRegistry) {
                StackState.delete(dataDir);
            }
        }
    }
}
