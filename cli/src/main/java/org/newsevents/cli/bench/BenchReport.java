package org.newsevents.cli.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/** {@code bench.json} and the table printed next to it. */
public final class BenchReport {
    private static final ObjectMapper JSON = new ObjectMapper()
        .enable(SerializationFeature.INDENT_OUTPUT)
        .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    private BenchReport() {
    }

    /** Writes the result as pretty JSON (keys in a fixed order) and returns the path. */
    public static Path writeJson(BenchResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        JSON.writeValue(file.toFile(), result);
        return file;
    }

    public static String toJson(BenchResult result) throws IOException {
        return JSON.writeValueAsString(result);
    }

    public static BenchResult readJson(Path file) throws IOException {
        return JSON.readValue(file.toFile(), BenchResult.class);
    }

    public static void printTable(BenchResult r, PrintStream to) {
        List<String[]> rows = List.of(
            row("articles", String.valueOf(r.articles()), ""),
            row("stream threads x extractor instances (= bare threads)", r.threads() + " x " + r.instances(), ""),
            row("cores / load average at start", r.cores() + " / " + fmt(r.loadAverage()), ""),
            row("corpus / words per article", r.corpus() + " / " + fmt(r.wordsPerArticle()), ""),
            row("bareArticlesPerSec / bareWordsPerSec", fmt(r.bareArticlesPerSec()) + " / " + Math.round(r.bareWordsPerSec()), ""),
            row("pipelineArticlesPerSec / pipelineWordsPerSec",
                fmt(r.pipelineArticlesPerSec()) + " / " + Math.round(r.pipelineWordsPerSec()), ""),
            row("ratio", String.format(Locale.ROOT, "%.3f", r.ratio()), goal(r.ratio() >= BenchResult.RATIO_GOAL, ">= 0.8")),
            row("bareCpuMsPerArticle (bench JVM)", fmt(r.bareCpuMsPerArticle()), ""),
            row("pipelineCpuMsPerArticle (bench JVM, broker excluded)", fmt(r.pipelineCpuMsPerArticle()), ""),
            row("latency phase: articles @ rate/s", r.latencyArticles() + " @ " + fmt(r.latencyRatePerSec()), ""),
            row("latencyP50Ms", fmt(r.latencyP50Ms()), ""),
            row("latencyP99Ms", fmt(r.latencyP99Ms()), goal(r.latencyP99Ms() < BenchResult.P99_GOAL_MS, "< 1000")),
            row("latencyMaxMs", fmt(r.latencyMaxMs()), ""),
            row("extractorPeakHeapMb (" + r.heapMeasure() + ")", fmt(r.extractorPeakHeapMb()),
                goal(r.extractorPeakHeapMb() <= BenchResult.HEAP_GOAL_MB, "<= 512")),
            row("heapMaxMb (-Xmx)", fmt(r.heapMaxMb()), ""));
        int w0 = rows.stream().mapToInt(x -> x[0].length()).max().orElse(0);
        int w1 = rows.stream().mapToInt(x -> x[1].length()).max().orElse(0);
        for (String[] x : rows) {
            to.println(String.format(Locale.ROOT, "%-" + w0 + "s  %" + w1 + "s  %s", x[0], x[1], x[2]).stripTrailing());
        }
        to.println("settings: " + new TreeMap<>(r.settings()));
    }

    private static String[] row(String name, String value, String note) {
        return new String[] {name, value, note};
    }

    private static String goal(boolean met, String goal) {
        return (met ? "ok" : "MISSED") + " (goal " + goal + ")";
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
