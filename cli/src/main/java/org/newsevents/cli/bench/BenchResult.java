package org.newsevents.cli.bench;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;

/**
 * What {@code bench} measured; the field names are the keys of {@code bench.json}.
 *
 * @param threads                stream threads per extractor instance
 * @param instances              extractor instances (one Kafka Streams app each, same application id); bare
 *                               extraction runs threads x instances threads
 * @param pipelineArticlesPerSec articles / (last summary durable in the sink - first send), all sent at once
 * @param pipelineCpuMsPerArticle CPU of the bench JVM (ingest+extractor+sink, not the broker) per article, capacity phase
 * @param latencyRatePerSec      the paced rate of the latency phase (half of the pipeline rate)
 * @param latencyP50Ms           send acknowledged -> summary committed by the sink, at that rate
 * @param extractorPeakHeapMb    peak used heap of the bench JVM during both pipeline phases ({@code heapMeasure})
 * @param settings               the tuning in effect (stream threads, commit interval, ...)
 * @param corpus                 what the articles were built from (a folder of seeds or a JSON Lines feed)
 * @param wordsPerArticle        mean whitespace-separated words per measured article: words/s = articles/s x this
 */
@JsonPropertyOrder({"articles", "threads", "instances", "cores", "loadAverage", "bareArticlesPerSec", "pipelineArticlesPerSec", "ratio",
    "bareCpuMsPerArticle", "pipelineCpuMsPerArticle",
    "latencyArticles", "latencyRatePerSec", "latencyP50Ms", "latencyP99Ms", "latencyMaxMs", "extractorPeakHeapMb",
    "heapMaxMb", "heapMeasure", "settings", "corpus", "wordsPerArticle", "bareWordsPerSec", "pipelineWordsPerSec"})
public record BenchResult(int articles, int threads, int instances, int cores, double loadAverage, double bareArticlesPerSec,
                          double pipelineArticlesPerSec, double ratio, double bareCpuMsPerArticle,
                          double pipelineCpuMsPerArticle, int latencyArticles, double latencyRatePerSec,
                          double latencyP50Ms, double latencyP99Ms, double latencyMaxMs, double extractorPeakHeapMb,
                          double heapMaxMb, String heapMeasure, Map<String, String> settings, String corpus,
                          double wordsPerArticle, double bareWordsPerSec, double pipelineWordsPerSec) {
    public static final double RATIO_GOAL = 0.8;
    public static final double P99_GOAL_MS = 1000;
    public static final double HEAP_GOAL_MB = 512;

    public BenchResult {
        bareArticlesPerSec = round(bareArticlesPerSec);
        pipelineArticlesPerSec = round(pipelineArticlesPerSec);
        ratio = Math.round(ratio * 1000) / 1000.0;
        bareCpuMsPerArticle = round(bareCpuMsPerArticle);
        pipelineCpuMsPerArticle = round(pipelineCpuMsPerArticle);
        latencyRatePerSec = round(latencyRatePerSec);
        latencyP50Ms = round(latencyP50Ms);
        latencyP99Ms = round(latencyP99Ms);
        latencyMaxMs = round(latencyMaxMs);
        extractorPeakHeapMb = round(extractorPeakHeapMb);
        heapMaxMb = round(heapMaxMb);
        loadAverage = Math.round(loadAverage * 100) / 100.0;
        settings = Map.copyOf(new java.util.TreeMap<>(settings));
        wordsPerArticle = round(wordsPerArticle);
        bareWordsPerSec = Math.round(bareWordsPerSec);
        pipelineWordsPerSec = Math.round(pipelineWordsPerSec);
    }

    /** The figures of one run, words/s derived from articles/s and the mean article length. */
    public static BenchResult of(int articles, int threads, int instances, int cores, double loadAverage, double bareArticlesPerSec,
                                 double pipelineArticlesPerSec, double bareCpuMsPerArticle, double pipelineCpuMsPerArticle,
                                 int latencyArticles, double latencyRatePerSec, double latencyP50Ms, double latencyP99Ms,
                                 double latencyMaxMs, double extractorPeakHeapMb, double heapMaxMb, String heapMeasure,
                                 Map<String, String> settings, String corpus, double wordsPerArticle) {
        return new BenchResult(articles, threads, instances, cores, loadAverage, bareArticlesPerSec, pipelineArticlesPerSec,
            pipelineArticlesPerSec / bareArticlesPerSec, bareCpuMsPerArticle, pipelineCpuMsPerArticle, latencyArticles,
            latencyRatePerSec, latencyP50Ms, latencyP99Ms, latencyMaxMs, extractorPeakHeapMb, heapMaxMb, heapMeasure,
            settings, corpus, wordsPerArticle, bareArticlesPerSec * wordsPerArticle, pipelineArticlesPerSec * wordsPerArticle);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
