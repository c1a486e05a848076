package org.newsevents.cli.commands;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.newsevents.cli.support.ConnectionOptions;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.extractor.bench.OfflineBenchmark;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: measured speed. {@code --offline} measures the extractor alone, without Kafka. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {"Measure extraction speed.",
        "--offline: single-thread extraction articles/s and words/s on the corpus, next to OpenNLP",
        "sentences+tokens+POS alone on the same text, and the cost of a 1 MB article vs a 10 KB one."})
public final class BenchCommand implements Callable<Integer> {
    @Option(names = "--offline", description = "Extractor only, in process (no Kafka).")
    boolean offline;

    @Option(names = "--corpus", paramLabel = "DIR", defaultValue = "corpus", description = "Articles to measure on (default ${DEFAULT-VALUE}).")
    Path corpus;

    @Option(names = "--seconds", defaultValue = "10", description = "Measuring time per figure (default ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "5", description = "Warm-up seconds per figure (default ${DEFAULT-VALUE}).")
    int warmup;

    @Mixin
    ConnectionOptions connection;

    @Override
    public Integer call() throws Exception {
        if (!offline) {
            throw new UserFacingException("only --offline is available in this version: the pipeline benchmark "
                + "(ingest -> extractor -> sink on Kafka) is not built yet");
        }
        List<String> texts = new ArrayList<>();
        try (Stream<Path> files = Files.list(corpus)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                texts.add(Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        if (texts.isEmpty()) {
            throw new UserFacingException("no .txt articles in " + corpus);
        }
        Settings settings = connection.load(ExtractorConfig.APP, ExtractorConfig.define());
        Extractors extractors = Extractors.fromSettings(settings);
        OfflineBenchmark.Options options = new OfflineBenchmark.Options(Duration.ofSeconds(warmup), Duration.ofSeconds(seconds),
            1, 10_000, 1_000_000);
        OfflineBenchmark.Result result = OfflineBenchmark.run(texts, extractors::newExtractor, options);
        System.out.println(OfflineBenchmark.render(result));
        return 0;
    }
}
