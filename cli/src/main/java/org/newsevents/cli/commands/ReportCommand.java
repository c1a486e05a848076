package org.newsevents.cli.commands;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.newsevents.cli.report.Reports;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.sink.SinkConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code report}: a static HTML report of what a sink holds. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write a static, self-contained HTML report (opens from disk, no server, no network) of what a sink holds.",
        "The sinks store events, not article texts: give the extracted inputs with --articles to see the texts highlighted."})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = "--from", paramLabel = "DIR|JDBC_URL", required = true,
        description = "A file sink directory (articles.jsonl, statements.jsonl, dates.jsonl, sanctions.jsonl) or a "
            + "jdbc:postgresql:// URL (user and password: --set sink.db.user=... --set sink.db.password=...).")
    String from;

    @Option(names = "--to", paramLabel = "DIR", required = true, description = "Report directory (created; its pages are replaced).")
    Path to;

    @Option(names = "--articles", paramLabel = "PATH", arity = "1..*",
        description = "The files or folders that were extracted (.txt, .jsonl), for the article texts.")
    List<String> articles = new ArrayList<>();

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        connection.requireKnownOverrides("sink or ingest", SinkConfig.define(), IngestConfig.define());
        var sinkSettings = connection.loadShared(SinkConfig.APP, SinkConfig.define(), Map.of(SinkConfig.TO, from));
        var ingestSettings = connection.loadShared(IngestConfig.APP, IngestConfig.define(), Map.of());
        Path index = Reports.write(from, to, articles, sinkSettings, ingestSettings);
        System.out.println("Report: " + index.toAbsolutePath().normalize());
        return 0;
    }
}
