package org.newsevents.cli.commands;

import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.apache.kafka.clients.admin.Admin;
import org.newsevents.cli.replay.ReplayCleanup;
import org.newsevents.cli.replay.ReplayRun;
import org.newsevents.cli.run.OutputDirectory;
import org.newsevents.cli.support.Cluster;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.cli.support.StackOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.sink.EventSink;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkConfig;
import org.newsevents.sink.files.FileCompactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code replay}: re-extract every article of news.articles with the current extractor. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {"Re-extract every article in news.articles with this build's extractor (or --set extractor.version=V).",
        "Runs the Streams extractor under a fresh application id, <application.id>-replay-<extractorVersion>: a new",
        "consumer group reads news.articles from the earliest offset (auto.offset.reset=earliest) and a new dedupe",
        "store lets every article through once. It stops when the group's committed offsets reach the end offsets",
        "captured at start (lag 0), then deletes the replay's group, internal topics and local state. Articles",
        "published meanwhile are left to the live extractor. Interrupted, it resumes on the next replay with the",
        "same version. New events go to the same event topics; sinks keep only the newest extractorVersion per",
        "article (files at compaction, PostgreSQL on write), so they end up holding exactly the new results.",
        "--sink DIR also writes and compacts DIR/<type>.jsonl like run; --sink jdbc:postgresql://... brings that",
        "database's sink group up to date. Uses the running local stack or starts one, unless --bootstrap-servers."})
public final class ReplayCommand implements Callable<Integer> {
    @Option(names = "--sink", paramLabel = "DIR|JDBC_URL",
        description = "After the replay, bring this sink up to date (a directory is rewritten from the event topics).")
    String sinkTarget;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "3600",
        description = "Longest the replay (and then the sink) may take (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StackOptions stack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (sinkTarget == null) {
            connection.requireKnownOverrides("the extractor", ExtractorConfig.define());
        } else {
            connection.requireKnownOverrides("the extractor or sink", ExtractorConfig.define(), SinkConfig.define());
        }
        try (Cluster cluster = Cluster.open(connection, stack)) {
            return replay(cluster.flags());
        }
    }

    private int replay(Map<String, String> cluster) throws Exception {
        Map<String, String> flags = new LinkedHashMap<>(cluster);
        Settings extractorSettings = connection.loadShared(ExtractorConfig.APP, ExtractorConfig.define(), flags);
        Duration timeout = Duration.ofSeconds(timeoutSeconds);
        ReplayRun.Result result = ReplayRun.run(extractorSettings, timeout);
        spec.commandLine().getOut().printf("Re-extracted %d article(s) with extractor %s (%d refused to the DLQ; %d input record(s)) "
                + "as application %s in %.1f s%n", result.extracted(), result.extractorVersion(), result.refused(),
            result.inputRecords(), result.applicationId(), result.took().toMillis() / 1000.0);
        if (sinkTarget != null) {
            spec.commandLine().getOut().flush();
            writeSink(cluster, timeout);
        }
        return 0;
    }

    private void writeSink(Map<String, String> cluster, Duration timeout) throws Exception {
        boolean database = SinkConfig.isJdbc(sinkTarget);
        Map<String, String> flags = new LinkedHashMap<>(cluster);
        String group = null;
        if (database) {
            flags.put(SinkConfig.TO, sinkTarget);
        } else {
            flags.put(SinkConfig.TO, OutputDirectory.prepare(Path.of(sinkTarget)).toString());
            // A directory is rebuilt from the start of the event topics; the group is dropped afterwards.
            group = "newsevents-replay-sink-" + UUID.randomUUID();
            flags.put(SinkConfig.GROUP_ID, group);
        }
        Settings sinkSettings = connection.loadShared(SinkConfig.APP, SinkConfig.define(), flags);
        EventSink sink = EventSinks.create(sinkSettings);
        Thread sinkThread = new Thread(sink::run, "replay-sink");
        sinkThread.start();
        try {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!sink.caughtUp()) {
                if (System.nanoTime() > deadline) {
                    throw new UserFacingException("the sink did not catch up with the event topics within "
                        + timeout.toSeconds() + " s");
                }
                Thread.sleep(200);
            }
        } finally {
            sink.stop();
            sinkThread.join();
        }
        if (!database) {
            Path dir = Path.of(sinkTarget);
            spec.commandLine().getOut().println("Sink " + dir.toAbsolutePath().normalize() + ": " + FileCompactor.compact(dir).lines());
            try (Admin admin = Admin.create(KafkaClients.base(sinkSettings))) {
                ReplayCleanup.deleteGroup(admin, group);
            }
        } else {
            spec.commandLine().getOut().println("Sink " + SinkConfig.groupId(sinkSettings) + " caught up");
        }
        spec.commandLine().getOut().flush();
    }
}
