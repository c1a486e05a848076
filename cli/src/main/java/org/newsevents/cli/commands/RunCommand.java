package org.newsevents.cli.commands;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.newsevents.cli.report.Reports;
import org.newsevents.cli.run.ArticleTable;
import org.newsevents.cli.run.CompletionTracker;
import org.newsevents.cli.run.OutputDirectory;
import org.newsevents.cli.support.Cluster;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.cli.support.StackOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.extractor.app.ExtractorApp;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.bulk.BulkIngest;
import org.newsevents.ingest.publish.IngestSummary;
import org.newsevents.sink.EventSink;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkConfig;
import org.newsevents.sink.files.FileCompactor;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code run}: the whole pipeline once, in one process, on real Kafka: ingest the files, extract
 * with the Streams app, sink to JSON Lines, wait until every ingested article is accounted for
 * (its summary reached the sink, or it was dead-lettered), compact the output, print a table.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run ingest -> extractor -> file sink on PATHs (default corpus/) and print what was extracted.",
        "Uses the running local stack or starts one (and stops what it started), unless --bootstrap-servers is given."})
public final class RunCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files or folders of articles (.txt, .jsonl).")
    List<String> paths = new ArrayList<>();

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out", description = "Output directory (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--report", paramLabel = "DIR",
        description = "Where the HTML report goes (default: next to the output directory, OUT-report/, e.g. out-report/).")
    Path report;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "300",
        description = "Longest wait for the articles to come through (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Mixin
    ConnectionOptions connection;

    @Mixin
    StackOptions stack;

    @Override
    public Integer call() throws Exception {
        List<String> inputs = paths.isEmpty() ? List.of("corpus") : paths;
        for (String input : inputs) {
            if (!Files.exists(Path.of(input))) {
                throw new UserFacingException("no such file or folder: " + input);
            }
        }
        try (Cluster cluster = Cluster.open(connection, stack)) {
            return runPipeline(inputs, cluster.flags());
        }
    }

    private int runPipeline(List<String> inputs, Map<String, String> cluster) throws Exception {
        connection.requireKnownOverrides("ingest, extractor or sink", ExtractorConfig.define(), SinkConfig.define(),
            IngestConfig.define());
        Settings extractorSettings = connection.loadShared(ExtractorConfig.APP, ExtractorConfig.define(), cluster);
        Map<String, String> sinkFlags = new LinkedHashMap<>(cluster);
        sinkFlags.put(SinkConfig.TO, OutputDirectory.prepare(out).toString());
        // A fresh group reads the event topics from the start, so the output is the same on every run.
        sinkFlags.put(SinkConfig.GROUP_ID, "newsevents-run-" + UUID.randomUUID());
        Settings sinkSettings = connection.loadShared(SinkConfig.APP, SinkConfig.define(), sinkFlags);
        Settings ingestSettings = connection.loadShared(IngestConfig.APP, IngestConfig.define(), cluster);

        TopicAdmin.ensureTopics(extractorSettings, extractorSettings.integer(ExtractorConfig.PARTITIONS),
            Short.parseShort(extractorSettings.string(ExtractorConfig.REPLICATION)));
        Extractors extractors = Extractors.fromSettings(extractorSettings);
        EventSink sink = EventSinks.create(sinkSettings);
        // The tracker listens before the sink runs (a re-run commits old summaries at once), and the
        // sink runs before anything else can fail: stopping it is what closes its clients.
        try (CompletionTracker tracker = CompletionTracker.start(sinkSettings, sink)) {
            Thread sinkThread = new Thread(sink::run, "file-sink");
            sinkThread.start();
            try (ExtractorApp extractor = ExtractorApp.start(extractorSettings, extractors::newExtractionFunction,
                     extractors.version())) {
                if (!extractor.awaitRunning(Duration.ofSeconds(timeoutSeconds))) {
                    throw new UserFacingException("the extractor did not start within " + timeoutSeconds + " s");
                }
                IngestSummary ingested = BulkIngest.run(ingestSettings, inputs);
                tracker.expect(ingested.articleIds());
                if (!tracker.await(Duration.ofSeconds(timeoutSeconds), extractor::isRunning)) {
                    throw new UserFacingException("timed out after " + timeoutSeconds + " s waiting for "
                        + tracker.pending().size() + " article(s): " + tracker.pending());
                }
                tracker.awaitSinkCaughtUp(Duration.ofSeconds(timeoutSeconds));
            } finally {
                sink.stop();
                sinkThread.join();
            }
            FileCompactor.compact(out);
            ArticleTable.print(out, tracker, System.out);
            System.out.println("Output: " + out.toAbsolutePath().normalize()
                + " (articles.jsonl, statements.jsonl, dates.jsonl, sanctions.jsonl)");
            Path absoluteOut = out.toAbsolutePath().normalize();
            Path reportDir = report != null ? report : absoluteOut.resolveSibling(absoluteOut.getFileName() + "-report");
            Path index = Reports.write(out.toString(), reportDir, inputs, sinkSettings, ingestSettings);
            System.out.println("Report: " + index.toAbsolutePath().normalize());
        }
        return 0;
    }
}
