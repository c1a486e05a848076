package org.newsevents.common.metrics;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.newsevents.common.config.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One app's metrics: a Prometheus registry tagged {@code app=<name>} with the JVM binders (memory, GC,
 * threads, class loading, CPU, uptime), and the {@link MetricsServer} when {@code metrics.port} > 0.
 * Closing it stops the server and releases the binders.
 */
public final class AppMetrics implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(AppMetrics.class);

    private final PrometheusMeterRegistry registry;
    private final List<AutoCloseable> closeables = new ArrayList<>();
    private MetricsServer server;

    private AppMetrics(String app) {
        registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        registry.config().commonTags("app", app);
        new JvmMemoryMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        closeables.add(gc);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
    }

    /** A registry for the app {@code app} (the value of the {@code app} tag on every metric). */
    public static AppMetrics create(String app) {
        return new AppMetrics(app);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** Closed with this object (binders holding threads or listeners, e.g. Kafka client metrics). */
    public synchronized void closeWith(AutoCloseable binder) {
        closeables.add(binder);
    }

    /**
     * Starts {@code GET /metrics} and {@code GET /health} on {@code metrics.bind}:{@code metrics.port}
     * when the port is above 0; empty otherwise.
     *
     * @throws UncheckedIOException when the port cannot be bound
     */
    public synchronized Optional<MetricsServer> serve(Settings settings, Supplier<Health> health) {
        if (server != null) {
            throw new IllegalStateException("already serving on " + server.url());
        }
        if (!MetricsConfig.enabled(settings)) {
            return Optional.empty();
        }
        String bind = MetricsConfig.bind(settings);
        int port = settings.integer(MetricsConfig.PORT);
        try {
            server = MetricsServer.start(bind, port, registry, health);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + bind + ":" + port + ": " + e.getMessage(), e);
        }
        return Optional.of(server);
    }

    /** The running endpoint, if {@link #serve} started one. */
    public synchronized Optional<MetricsServer> server() {
        return Optional.ofNullable(server);
    }

    /** The registry's current content in the Prometheus text format (what {@code GET /metrics} answers). */
    public String scrape() {
        return registry.scrape();
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.close();
            server = null;
        }
        for (AutoCloseable c : closeables) {
            try {
                c.close();
            } catch (Exception e) {
                LOG.warn("closing metrics binder {} failed: {}", c.getClass().getSimpleName(), e.toString());
            }
        }
        closeables.clear();
        registry.close();
    }
}
