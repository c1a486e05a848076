package org.newsevents.cli.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import java.lang.management.ManagementFactory;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.newsevents.cli.bench.BareThroughput;
import org.newsevents.cli.bench.BenchCorpus;
import org.newsevents.cli.bench.BenchReport;
import org.newsevents.cli.bench.BenchResult;
import org.newsevents.cli.bench.CompressionBenchmark;
import org.newsevents.cli.extract.LocalExtraction;
import org.apache.kafka.clients.admin.Admin;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.RegistrySerdes;
import org.newsevents.extractor.pipeline.Extraction;
import org.newsevents.cli.bench.HeapPeak;
import org.newsevents.cli.bench.Percentiles;
import org.newsevents.cli.bench.PipelineBenchmark;
import org.newsevents.cli.bench.SyntheticCorpus;
import org.newsevents.cli.support.Cluster;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.schemas.Article;
import org.newsevents.sink.SinkConfig;
import org.newsevents.cli.support.StackOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.extractor.bench.OfflineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code bench}: measured speed. By default the pipeline (ingest -> extractor -> sink on Kafka) next to
 * bare in-process extraction of the same articles; {@code --offline} measures the extractor alone.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure extraction speed.",
        "Default: N synthetic articles (corpus seeds + a unique 'Ref n.' line) through ingest -> extractor",
        "(exactly_once_v2, T stream threads) -> file sink, next to bare extraction with T threads; latency at half",
        "the measured capacity; peak heap. Table on stdout, figures in --out (bench.json). Uses the running local",
        "stack or starts one (and stops what it started), unless --bootstrap-servers is given.",
        "--offline: single-thread extraction articles/s and words/s on the corpus, next to OpenNLP",
        "sentences+tokens+POS alone on the same text, and the cost of a 1 MB article vs a 10 KB one.",
        "--compression PATH...: bytes on disk and client CPU per compression codec on PATH's event records."})
public final class BenchCommand implements Callable<Integer> {
    private static final long BENCH_ROLL_MS = 200;
    private static final int PIPELINE_WARMUP_ARTICLES = 200;

    @Option(names = "--offline", description = "Extractor only, in process (no Kafka).")
    boolean offline;

    @Option(names = "--compression", paramLabel = "PATH", arity = "1..*",
        description = "Compression codecs instead: extract PATH (files, folders, .jsonl) in process, then bytes on disk "
            + "and producer/consumer CPU of its event records for none, gzip, snappy, lz4 and zstd.")
    List<String> compressionInputs;

    @Option(names = "--repeat", defaultValue = "3",
        description = "--compression: measured passes per codec, CPU is their median (default ${DEFAULT-VALUE}).")
    int repeat;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "1000",
        description = "Articles of the capacity phase and of the bare figure; --offline: the first N of the corpus (default ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--latency-articles", paramLabel = "M",
        description = "Articles of the paced latency phase (default: half of --articles, at least 100).")
    Integer latencyArticles;

    @Option(names = "--threads", paramLabel = "T", defaultValue = "1",
        description = "Bare extraction threads = extractor stream threads; --offline: adds a figure with T threads (default ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--instances", paramLabel = "N", defaultValue = "1",
        description = "Extractor instances in the pipeline (same application id, each with T stream threads); "
            + "bare extraction then uses T x N threads (default ${DEFAULT-VALUE}).")
    int instances;

    @Option(names = "--out", paramLabel = "FILE", defaultValue = "bench.json", description = "Figures as JSON (default ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
        description = "Longest wait for each pipeline phase (default ${DEFAULT-VALUE}).")
    long timeoutSeconds;

    @Option(names = "--work", paramLabel = "DIR", defaultValue = "data/bench",
        description = "Scratch space of a run (stream state, sink files), deleted afterwards (default ${DEFAULT-VALUE}).")
    Path workRoot;

    @Mixin
    StackOptions stack;

    @Option(names = "--corpus", paramLabel = "DIR|FILE.jsonl", defaultValue = "corpus",
        description = "Articles to measure on: a folder of .txt seeds or a JSON Lines feed file (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time per figure (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5",
        description = "Warm-up seconds per figure; pipeline bench: of the bare figure (default ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        if (compressionInputs != null) {
            return compression();
        }
        if (!offline) {
            return pipeline();
        }
        List<String> all = corpusTexts();
        List<String> texts = all.subList(0, Math.min(all.size(), articles));
        Settings settings = connection.load(ExtractorConfig.APP, ExtractorConfig.define());
        Extractors extractors = Extractors.fromSettings(settings);
        OfflineBenchmark.Options options = new OfflineBenchmark.Options(Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
            threads, 10_000, 1_000_000);
        OfflineBenchmark.Result result = OfflineBenchmark.run(texts, extractors::newExtractor, options);
        System.out.println(OfflineBenchmark.render(result));
        return 0;
    }

    private int compression() throws Exception {
        if (repeat < 1) {
            throw new UserFacingException("--repeat must be at least 1");
        }
        connection.requireKnownOverrides("ingest or extractor", ExtractorConfig.define(), IngestConfig.define());
        List<Extraction> extractions = new ArrayList<>();
        try (Cluster cluster = Cluster.open(connection, stack)) {
            Settings ingestSettings = connection.loadShared(IngestConfig.APP, IngestConfig.define(), cluster.flags());
            Settings settings = connection.loadShared(ExtractorConfig.APP, ExtractorConfig.define(), cluster.flags());
            System.err.println("extracting " + compressionInputs + " ...");
            LocalExtraction.run(compressionInputs, ingestSettings, settings, new LocalExtraction.Listener() {
                @Override
                public void extracted(Extraction extraction) {
                    extractions.add(extraction);
                }

                @Override
                public void rejected(String source, String stage, String reason, String detail) {
                    // Refused inputs have no events to compress; extract shows them.
                }
            });
            if (extractions.isEmpty()) {
                throw new UserFacingException("no article extracted from " + compressionInputs);
            }
            var articles = CompressionBenchmark.events(extractions, RegistrySerdes.serializer(settings));
            System.err.printf("%d articles extracted; measuring %s (%d passes each) ...%n", extractions.size(),
                CompressionBenchmark.CODECS, repeat);
            try (Admin admin = Admin.create(KafkaClients.base(settings))) {
                var bench = new CompressionBenchmark(KafkaClients.producer(settings, "newsevents-bench-compression"),
                    KafkaClients.consumer(settings, "unused"), admin, settings.integer(ExtractorConfig.PARTITIONS),
                    UUID.randomUUID().toString().substring(0, 8));
                System.out.print(CompressionBenchmark.render(bench.run(articles, repeat)));
            }
            return 0;
        }
    }

    private int pipeline() throws Exception {
        if (articles < 1 || threads < 1 || instances < 1) {
            throw new UserFacingException("--articles, --threads and --instances must be at least 1");
        }
        List<String> seeds = corpusTexts();
        connection.requireKnownOverrides("ingest, extractor or sink", ExtractorConfig.define(), SinkConfig.define(),
            IngestConfig.define());
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        // Not under the OS temp dir: Kafka Streams warns that a cleaner may remove its checkpoints there.
        Files.createDirectories(workRoot);
        Path work = Files.createTempDirectory(workRoot, "run-");
        try (Cluster cluster = Cluster.open(connection, stack)) {
            BenchResult result = measure(seeds, cluster.flags(), work, load);
            BenchReport.printTable(result, System.out);
            System.out.println("Figures: " + BenchReport.writeJson(result, out).toAbsolutePath().normalize());
            return 0;
        } finally {
            deleteTree(work);
        }
    }

    private BenchResult measure(List<String> seeds, Map<String, String> cluster, Path work, double load) throws Exception {
        String runId = UUID.randomUUID().toString();
        Map<String, String> extractorFlags = new LinkedHashMap<>(cluster);
        // A fresh application id: a dedupe store of its own, and no earlier run's state to restore.
        extractorFlags.put(ExtractorConfig.APPLICATION_ID, "newsevents-bench-" + runId);
        extractorFlags.put(ExtractorConfig.STREAM_THREADS, String.valueOf(threads));
        List<Settings> instanceSettings = new ArrayList<>();
        for (int i = 0; i < instances; i++) {
            extractorFlags.put(ExtractorConfig.STATE_DIR, work.resolve("streams-" + i).toString());
            instanceSettings.add(connection.loadShared(ExtractorConfig.APP, ExtractorConfig.define(), extractorFlags));
        }
        Settings extractorSettings = instanceSettings.get(0);

        Map<String, String> sinkFlags = new LinkedHashMap<>(cluster);
        sinkFlags.put(SinkConfig.TO, work.resolve("sink").toString());
        sinkFlags.put(SinkConfig.GROUP_ID, "newsevents-bench-sink-" + runId);
        // A file segment becomes durable when it rolls or the sink is idle; under steady load the roll age
        // is what an article waits for, so the bench rolls often (--set sink.roll.ms=... to study it).
        sinkFlags.put(SinkConfig.ROLL_MS, String.valueOf(BENCH_ROLL_MS));
        Settings sinkSettings = connection.loadShared(SinkConfig.APP, SinkConfig.define(), sinkFlags);

        Map<String, String> ingestFlags = new LinkedHashMap<>(cluster);
        ingestFlags.put(IngestConfig.CLIENT_ID, "newsevents-bench");
        Settings ingestSettings = connection.loadShared(IngestConfig.APP, IngestConfig.define(), ingestFlags);

        TopicAdmin.ensureTopics(extractorSettings, extractorSettings.integer(ExtractorConfig.PARTITIONS),
            Short.parseShort(extractorSettings.string(ExtractorConfig.REPLICATION)));
        int latencyCount = latencyArticles != null ? latencyArticles : Math.max(100, articles / 2);
        List<Article> capacitySet = SyntheticCorpus.build(seeds, 0, articles);
        List<Article> latencySet = SyntheticCorpus.build(seeds, articles, latencyCount);
        List<Article> warmupSet = SyntheticCorpus.build(seeds, articles + latencyCount, PIPELINE_WARMUP_ARTICLES);

        Extractors extractors = Extractors.fromSettings(extractorSettings);
        int bareThreads = threads * instances;
        System.err.printf("bare extraction: %d articles, %d thread(s) ...%n", articles, bareThreads);
        BareThroughput.Rate bare = BareThroughput.measure(capacitySet, extractors::newExtractionFunction, bareThreads,
            Duration.ofSeconds(warmup));
        System.err.printf("pipeline: %d articles at once, then %d paced ...%n", articles, latencyCount);
        PipelineBenchmark.Figures pipeline = PipelineBenchmark.run(instanceSettings, sinkSettings, ingestSettings, extractors,
            warmupSet, capacitySet, latencySet, Duration.ofSeconds(timeoutSeconds));
        Percentiles latency = new Percentiles(pipeline.latenciesMs());

        Map<String, String> tuning = new LinkedHashMap<>();
        for (String key : List.of(ExtractorConfig.STREAM_THREADS, ExtractorConfig.COMMIT_INTERVAL_MS, ExtractorConfig.PARTITIONS)) {
            tuning.put(key, extractorSettings.string(key));
        }
        tuning.put(SinkConfig.ROLL_MS, sinkSettings.string(SinkConfig.ROLL_MS));
        tuning.put(SinkConfig.BATCH_SIZE, sinkSettings.string(SinkConfig.BATCH_SIZE));
        tuning.put(SinkConfig.POLL_MS, sinkSettings.string(SinkConfig.POLL_MS));
        extractorSettings.clientPassthrough().forEach((k, v) -> tuning.put("kafka." + k, v));
        double wordsPerArticle = BenchCorpus.meanWords(capacitySet.stream().map(a -> a.getText().toString()).toList());
        return BenchResult.of(articles, threads, instances, Runtime.getRuntime().availableProcessors(), load, bare.articlesPerSec(),
            pipeline.articlesPerSec(), bare.cpuMsPerArticle(), pipeline.cpuMsPerArticle(), latencyCount,
            pipeline.latencyRatePerSec(), latency.at(50), latency.at(99), latency.at(100), pipeline.peakHeapMb(),
            HeapPeak.maxMb(), HeapPeak.MEASURE, tuning, corpus.toString(), wordsPerArticle);
    }

    private List<String> corpusTexts() throws java.io.IOException {
        List<String> texts = BenchCorpus.read(corpus, connection.loadShared(IngestConfig.APP, IngestConfig.define(), Map.of()));
        if (texts.isEmpty()) {
            throw new UserFacingException("no articles in " + corpus + " (a folder of .txt files or a .jsonl feed file)");
        }
        return texts;
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (java.io.IOException e) {
            // A leftover temp directory is harmless.
        }
    }
}
