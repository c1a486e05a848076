package org.newsevents.cli.commands;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.common.metrics.AppMetrics;
import org.newsevents.common.metrics.MetricsServer;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.bulk.BulkIngest;
import org.newsevents.ingest.feeds.FeedFollower;
import org.newsevents.ingest.feeds.FeedList;
import org.newsevents.ingest.feeds.FeedOptions;
import org.newsevents.ingest.bulk.IngestInputException;
import org.newsevents.ingest.http.HttpIngestServer;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.IngestSummary;
import org.newsevents.ingest.publish.PublishFailedException;
import org.newsevents.ingest.watch.FolderWatcher;
import org.newsevents.ingest.watch.WatchOptions;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code ingest}: publishes articles to news.articles from files, stdin, a watched folder or HTTP. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = {"Publish raw articles to news.articles, keyed by the SHA-256 of the text (or the feed's id).",
        "--feed/--feeds follow RSS and Atom feeds (full text, else the linked page's raw HTML).",
        "PATHs are files or folders (.txt = one article, .jsonl = one JSON object per line:",
        "{\"text\", \"id\"?, \"source\"?, \"url\"?, \"title\"?, \"published\"?}); - reads standard input.",
        "Refused input goes to news.articles.dlq with its reason; the summary line counts it."})
public final class IngestCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PATH", arity = "0..*", description = "Files, folders, or - for stdin.")
    List<String> paths = new ArrayList<>();

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    static final class Mode {
        @Option(names = "--watch", paramLabel = "DIR",
            description = "Run until stopped, publishing each new or completed file in DIR once (restart-safe).")
        Path watch;

        @Option(names = "--http", paramLabel = "PORT",
            description = "Serve POST /articles and GET /health on PORT (127.0.0.1 unless http.bind is set).")
        Integer httpPort;

        @ArgGroup(exclusive = false)
        FeedSources feeds;
    }

    static final class FeedSources {
        @Option(names = "--feed", paramLabel = "URL", arity = "1..*",
            description = "Follow these RSS/Atom feeds until stopped (every feed.interval.ms; restart-safe state in feed.state.dir).")
        List<String> urls = new ArrayList<>();

        @Option(names = "--feeds", paramLabel = "FILE", description = "Follow the feeds listed in FILE, one URL a line (# comments).")
        List<Path> files = new ArrayList<>();
    }

    @Option(names = "--include", paramLabel = "GLOB", split = ",",
        description = "File name globs read inside folders (setting ingest.include; default *.txt,*.jsonl).")
    List<String> includes;

    @Option(names = "--max-bytes", description = "Largest accepted article in bytes (setting ingest.max.bytes).")
    Integer maxBytes;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        Map<String, String> flags = new LinkedHashMap<>();
        if (includes != null) {
            flags.put(IngestConfig.INCLUDE, String.join(",", includes));
        }
        if (maxBytes != null) {
            flags.put(IngestConfig.MAX_BYTES, maxBytes.toString());
        }
        if (mode.httpPort != null) {
            flags.put(IngestConfig.HTTP_PORT, mode.httpPort.toString());
        }
        Settings settings = connection.load(IngestConfig.APP, IngestConfig.define(), flags);
        try {
            if (mode.watch != null) {
                return watch(settings, mode.watch);
            }
            if (mode.httpPort != null) {
                return serve(settings);
            }
            if (mode.feeds != null) {
                return follow(settings, FeedList.of(mode.feeds.urls, mode.feeds.files));
            }
            if (paths.isEmpty()) {
                throw new UserFacingException("nothing to ingest: give PATHs, - for stdin, --watch DIR, --http PORT or --feed URL");
            }
            IngestSummary summary = BulkIngest.run(settings, paths);
            System.out.println(summary.toLine());
            return 0;
        } catch (IngestInputException | PublishFailedException e) {
            throw new UserFacingException(e.getMessage(), e);
        }
    }

    private int watch(Settings settings, Path folder) throws Exception {
        try (AppMetrics metrics = AppMetrics.create(IngestConfig.APP);
             ArticlePublisher publisher = ArticlePublisher.create(settings, metrics.registry());
             FolderWatcher watcher = new FolderWatcher(folder, ArticleIntake.create(settings), publisher, WatchOptions.of(settings))) {
            Runtime.getRuntime().addShutdownHook(new Thread(watcher::stop, "watch-shutdown"));
            watcher.start();
            printMetrics(metrics.serve(settings, watcher::health));
            System.err.println("Watching " + folder.toAbsolutePath() + " (state " + watcher.stateFile() + "); Ctrl-C to stop");
            watcher.awaitTermination();
            System.out.println(publisher.summary().toLine());
        }
        return 0;
    }

    private int follow(Settings settings, List<URI> feeds) throws Exception {
        try (AppMetrics metrics = AppMetrics.create(IngestConfig.APP);
             ArticlePublisher publisher = ArticlePublisher.create(settings, metrics.registry());
             FeedFollower follower = new FeedFollower(feeds, ArticleIntake.create(settings), publisher, FeedOptions.of(settings),
                 metrics.registry())) {
            Runtime.getRuntime().addShutdownHook(new Thread(follower::stop, "feeds-shutdown"));
            follower.start();
            printMetrics(metrics.serve(settings, follower::health));
            System.err.println("Following " + feeds.size() + " feeds (state in " + settings.string(IngestConfig.FEED_STATE_DIR)
                + "); Ctrl-C to stop");
            follower.awaitTermination();
            System.out.println(publisher.summary().toLine());
        }
        return 0;
    }

    private int serve(Settings settings) throws Exception {
        CountDownLatch stopped = new CountDownLatch(1);
        try (AppMetrics metrics = AppMetrics.create(IngestConfig.APP);
             ArticlePublisher publisher = ArticlePublisher.create(settings, metrics.registry());
             HttpIngestServer server = HttpIngestServer.create(ArticleIntake.create(settings), publisher, settings)) {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                server.stop(java.time.Duration.ofSeconds(10));
                stopped.countDown();
            }, "http-shutdown"));
            server.start();
            printMetrics(metrics.serve(settings, server::health));
            System.err.println("Listening on http://" + server.address().getHostString() + ":" + server.port()
                + " (POST /articles, GET /health); Ctrl-C to stop");
            stopped.await();
            System.out.println(publisher.summary().toLine());
        }
        return 0;
    }

    private static void printMetrics(Optional<MetricsServer> server) {
        server.ifPresent(m -> System.err.println("Metrics on " + m.url() + "/metrics, health on " + m.url() + "/health"));
    }
}
