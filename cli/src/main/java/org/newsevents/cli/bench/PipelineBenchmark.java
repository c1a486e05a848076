package org.newsevents.cli.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.LockSupport;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorApp;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.EventSink;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ingest -> extractor (exactly_once_v2) -> sink in this JVM on a real cluster, in two phases:
 * <ol>
 * <li>warm-up: a batch through the whole pipeline, not counted;</li>
 * <li>capacity: every article sent at once; rate = articles / (last summary committed by the sink - first send);</li>
 * <li>latency: other articles sent at half that rate; per article, summary committed by the sink - send acknowledged.</li>
 * </ol>
 * The extractor's application id and the sink's group start at the end of their topics, so only
 * this run's records count. Peak heap covers both phases. Several extractor settings start as many
 * extractor instances (same application id, one state directory each), sharing the partitions as
 * separate processes would; they share this JVM and its heap.
 */
public final class PipelineBenchmark {
    private static final Logger LOG = LoggerFactory.getLogger(PipelineBenchmark.class);
    private static final List<String> EVENT_TOPICS = List.of(Topics.SUMMARIES, Topics.STATEMENTS, Topics.DATES, Topics.SANCTIONS);

    /** What the two phases measured. */
    public record Figures(double articlesPerSec, double cpuMsPerArticle, double latencyRatePerSec, double[] latenciesMs,
                          double peakHeapMb) {
    }

    private PipelineBenchmark() {
    }

    /** @param instanceSettings one per extractor instance, differing only in their state directory */
    public static Figures run(List<Settings> instanceSettings, Settings sinkSettings, Settings ingestSettings, Extractors extractors,
                              List<Article> warmupArticles, List<Article> capacityArticles, List<Article> latencyArticles,
                              Duration timeout) throws InterruptedException {
        Settings extractorSettings = instanceSettings.get(0);
        OffsetsAtEnd.commit(extractorSettings, extractorSettings.string(ExtractorConfig.APPLICATION_ID), List.of(Topics.ARTICLES));
        OffsetsAtEnd.commit(sinkSettings, SinkConfig.groupId(sinkSettings), EVENT_TOPICS);
        SummaryClock clock = new SummaryClock();
        EventSink sink = EventSinks.create(sinkSettings,
            new StartingAt(EventSinks.target(sinkSettings), OffsetsAtEnd.endOffsets(sinkSettings, EVENT_TOPICS)));
        sink.addCommitListener(clock);
        Thread sinkThread = new Thread(sink::run, "bench-sink");
        // Running before anything else can fail: stopping the sink is what closes its clients.
        sinkThread.start();
        try (Instances extractor = Instances.start(instanceSettings, extractors);
             ArticlePublisher publisher = ArticlePublisher.create(ingestSettings)) {
            if (!extractor.awaitRunning(timeout)) {
                throw new IllegalStateException("the extractor did not start within " + timeout.toSeconds() + " s");
            }
            // Not counted: the Kafka clients, serdes and sink code get compiled by the JIT as extraction was in the bare phase.
            capacity(publisher, clock, warmupArticles, timeout, extractor);
            HeapPeak.reset();
            long cpu = ProcessCpu.nanos();
            double rate = capacity(publisher, clock, capacityArticles, timeout, extractor);
            double cpuMs = ProcessCpu.msPerArticle(cpu, ProcessCpu.nanos(), capacityArticles.size());
            double paced = rate / 2;
            LOG.info("capacity {} articles/s; latency phase: {} articles at {} /s", String.format("%.1f", rate),
                latencyArticles.size(), String.format("%.1f", paced));
            double[] latencies = latency(publisher, clock, latencyArticles, paced, timeout, extractor);
            return new Figures(rate, cpuMs, paced, latencies, HeapPeak.peakMb());
        } finally {
            sink.stop();
            sinkThread.join();
        }
    }

    private static double capacity(ArticlePublisher publisher, SummaryClock clock, List<Article> articles, Duration timeout,
                                   Instances extractor) throws InterruptedException {
        long firstSend = System.nanoTime();
        articles.forEach(publisher::publish);
        publisher.flush();
        List<String> ids = articles.stream().map(Article::getId).toList();
        await(clock, ids, timeout, extractor);
        long first = ids.stream().mapToLong(clock::committedAt).min().orElseThrow();
        if (first < firstSend) {
            throw new IllegalStateException("a summary reached the sink before its article was sent: the sink read "
                + "an earlier run's events, so the figures would be wrong");
        }
        long last = ids.stream().mapToLong(clock::committedAt).max().orElseThrow();
        return articles.size() / ((last - firstSend) / 1e9);
    }

    private static double[] latency(ArticlePublisher publisher, SummaryClock clock, List<Article> articles, double perSecond,
                                    Duration timeout, Instances extractor) throws InterruptedException {
        Map<String, Long> ackedAt = new ConcurrentHashMap<>();
        long start = System.nanoTime();
        double intervalNanos = 1e9 / perSecond;
        for (int i = 0; i < articles.size(); i++) {
            long due = start + (long) (i * intervalNanos);
            for (long wait = due - System.nanoTime(); wait > 0; wait = due - System.nanoTime()) {
                LockSupport.parkNanos(wait);
            }
            Article a = articles.get(i);
            publisher.publish(a).thenRun(() -> ackedAt.put(a.getId(), System.nanoTime()));
        }
        publisher.flush();
        List<String> ids = articles.stream().map(Article::getId).toList();
        await(clock, ids, timeout, extractor);
        double[] ms = new double[ids.size()];
        for (int i = 0; i < ms.length; i++) {
            ms[i] = (clock.committedAt(ids.get(i)) - ackedAt.get(ids.get(i))) / 1e6;
        }
        return ms;
    }

    private static void await(SummaryClock clock, List<String> ids, Duration timeout, Instances extractor) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!clock.allCommitted(ids)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out after " + timeout.toSeconds() + " s with "
                    + clock.missing(ids) + " of " + ids.size() + " summaries not in the sink (dead-lettered? see the DLQ)");
            }
            if (!extractor.isRunning()) {
                throw new IllegalStateException("the extractor stopped during the benchmark");
            }
            Thread.sleep(5);
        }
    }

    /** The extractor instances of one run, closed together. */
    private record Instances(List<ExtractorApp> apps) implements AutoCloseable {
        static Instances start(List<Settings> settings, Extractors extractors) {
            List<ExtractorApp> apps = new ArrayList<>();
            try {
                for (Settings s : settings) {
                    apps.add(ExtractorApp.start(s, extractors::newExtractionFunction, extractors.version()));
                }
            } catch (RuntimeException e) {
                new Instances(apps).close();
                throw e;
            }
            return new Instances(apps);
        }

        boolean awaitRunning(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (ExtractorApp app : apps) {
                if (!app.awaitRunning(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())))) {
                    return false;
                }
            }
            return true;
        }

        boolean isRunning() {
            return apps.stream().allMatch(ExtractorApp::isRunning);
        }

        @Override
        public void close() {
            apps.forEach(ExtractorApp::close);
        }
    }
}
