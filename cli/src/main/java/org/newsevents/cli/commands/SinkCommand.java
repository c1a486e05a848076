package org.newsevents.cli.commands;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.common.config.Settings;
import org.newsevents.common.metrics.AppMetrics;
import org.newsevents.sink.EventSink;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkConfig;
import org.newsevents.sink.files.FileCompactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sink}: writes the event topics to JSON Lines files or PostgreSQL until stopped. */
@Command(name = "sink", mixinStandardHelpOptions = true,
    description = {"Consume the event topics and write them, exactly once in effect, until stopped.",
        "--to DIR: rolled JSON Lines segments under DIR/segments, compacted into DIR/<type>.jsonl on exit",
        "  (or any time with --compact-only).",
        "--to jdbc:postgresql://...: tables articles, statements, dates, sanctions (migrated with Flyway);",
        "  user and password from sink.db.user / sink.db.password (env NEWSEVENTS_SINK_DB_USER ...).",
        "--set metrics.port=N serves GET /metrics (Prometheus) and GET /health on 127.0.0.1:N."})
public final class SinkCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "DIR|JDBC_URL", description = "Target (setting sink.to).")
    String to;

    @Option(names = "--compact-only", description = "Only compact DIR's segments into the four JSON Lines files.")
    boolean compactOnly;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        if (to != null) {
            flags.put(SinkConfig.TO, to);
        }
        Settings settings = connection.load(SinkConfig.APP, SinkConfig.define(), flags);
        String target = settings.string(SinkConfig.TO);
        if (compactOnly) {
            System.out.println(FileCompactor.compact(Path.of(target)).lines());
            return 0;
        }
        AppMetrics metrics = AppMetrics.create(SinkConfig.APP);
        EventSink sink;
        try {
            sink = EventSinks.create(settings, metrics.registry());
            metrics.serve(settings, sink::health).ifPresent(m ->
                System.err.println("Metrics on " + m.url() + "/metrics, health on " + m.url() + "/health"));
        } catch (RuntimeException e) {
            metrics.close();
            throw e;
        }
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            sink.stop();
            try {
                done.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "sink-shutdown"));
        System.err.println("Sink writing to " + SinkConfig.describeTarget(target) + "; Ctrl-C to stop");
        try (metrics) {
            sink.run();
        } finally {
            if (!SinkConfig.isJdbc(target)) {
                FileCompactor.compact(Path.of(target));
            }
            done.countDown();
        }
        return 0;
    }
}
