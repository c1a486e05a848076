package org.newsevents.stack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Apicurio Registry (in-memory storage) running as a child JVM from its unpacked distribution. Its files live in
 * one directory: {@code registry.log} and {@code registry.pid}. Schemas are lost when it stops.
 */
public final class ApicurioRegistry {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private final Path dir;
    private final String host;
    private final int port;
    private final Path home;
    private final ChildJvm child;
    private final Map<String, String> systemProperties;

    /**
     * @param dir the registry's directory (created when missing)
     * @param host the address it binds, e.g. 127.0.0.1
     * @param port the HTTP port
     * @param home the unpacked distribution, or null for the default lookup of {@link RegistryDistribution}
     */
    public ApicurioRegistry(Path dir, String host, int port, Path home) {
        this(dir, host, port, home, Map.of());
    }

    /**
     * As {@link #ApicurioRegistry(Path, String, int, Path)}, with extra system properties for the registry JVM
     * (Quarkus and Apicurio settings, e.g. an HTTPS listener); they come after, so override, the defaults here.
     */
    public ApicurioRegistry(Path dir, String host, int port, Path home, Map<String, String> systemProperties) {
        this.dir = dir.toAbsolutePath().normalize();
        this.host = host;
        this.port = port;
        this.home = home;
        this.systemProperties = new LinkedHashMap<>(systemProperties);
        this.child = new ChildJvm("registry", this.dir, this.dir.resolve("registry.log"));
    }

    /** The base URL, e.g. {@code http://127.0.0.1:8081}. */
    public String url() {
        return "http://" + host + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path logFile() {
        return child.logFile();
    }

    public Path pidFile() {
        return child.pidFile();
    }

    /**
     * Spawns the registry; does not wait for it (see {@link #awaitReady}).
     *
     * @param detached true when the registry must outlive this JVM (the CLI's {@code stack up})
     */
    public ProcessHandle start(boolean detached) {
        Path runner = RegistryDistribution.runnerJar(RegistryDistribution.home(home));
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StackException("Cannot create " + dir + ": " + e.getMessage(), e);
        }
        List<String> jvmArgs = new ArrayList<>(List.of(
                        "-Xmx256m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-Dquarkus.http.port=" + port,
                        "-Dquarkus.http.host=" + host,
                        "-Dquarkus.log.console.color=false",
                        // Its import/snapshot defaults point at /tmp, shared by every stack on the machine.
                        "-Dapicurio.import.work-dir=" + dir,
                        "-Dapicurio.storage.snapshot.location=" + dir,
                        "-Djava.io.tmpdir=" + dir,
                        // Schemas must outlive a restart: the topics under data/kafka keep records whose
                        // content ids only this registry can resolve. Its default H2 is in memory; a file
                        // database in the same data directory keeps both in step.
                        "-Dapicurio.datasource.url=jdbc:h2:file:" + dir.toAbsolutePath().resolve("db").resolve("registry")));
        systemProperties.forEach((key, value) -> jvmArgs.add("-D" + key + "=" + value));
        return child.start(jvmArgs,
                // The runner jar's manifest puts lib/ on the class path; its Main-Class is Quarkus' generated main.
                runner.toString(), RegistryDistribution.mainClass(runner), List.of(), dir, detached);
    }

    /** The running registry process recorded in the pid file, if any. */
    public Optional<ProcessHandle> process() {
        return child.running();
    }

    /**
     * Waits until {@code GET /health/ready} answers 200.
     *
     * @throws StackException when the registry exits or is not ready in time; the message points at the log
     */
    public void awaitReady(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!isReady(Duration.ofSeconds(2))) {
            if (child.running().isEmpty()) {
                throw child.failure("Apicurio Registry on " + url() + " exited during start-up");
            }
            if (System.nanoTime() > deadline) {
                throw child.failure("Apicurio Registry on " + url() + " was not ready within " + timeout.toSeconds() + " s");
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new StackException("Interrupted while waiting for Apicurio Registry", e);
            }
        }
    }

    /** True when {@code GET /health/ready} answers 200 within the timeout. */
    public boolean isReady(Duration timeout) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/health/ready")).timeout(timeout).GET().build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Stops the registry (SIGTERM, then SIGKILL after 30 s) and removes its pid file; returns the stopped pid. */
    public Optional<Long> stop() {
        return child.stop();
    }
}
