package org.newsevents.cli.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BenchReportTest {
    private static final BenchResult RESULT = new BenchResult(1000, 2, 1, 2, 3.456, 80.04, 70.06, 70.06 / 80.04, 12.34, 20.06, 500, 35.03,
        120.04, 480.06, 900.0, 300.26, 1024, HeapPeak.MEASURE, Map.of("num.stream.threads", "2", "commit.interval.ms", "100"),
        "corpus", 1200, 96048, 84072);

    @TempDir
    Path dir;

    @Test
    void writesEveryFigureUnderItsIssueNameInAFixedOrder() throws Exception {
        Path file = BenchReport.writeJson(RESULT, dir.resolve("sub/bench.json"));

        JsonNode json = new ObjectMapper().readTree(file.toFile());
        List<String> keys = new ArrayList<>();
        json.fieldNames().forEachRemaining(keys::add);
        assertThat(keys).containsExactly("articles", "threads", "instances", "cores", "loadAverage", "bareArticlesPerSec",
            "pipelineArticlesPerSec", "ratio", "bareCpuMsPerArticle", "pipelineCpuMsPerArticle", "latencyArticles", "latencyRatePerSec", "latencyP50Ms", "latencyP99Ms",
            "latencyMaxMs", "extractorPeakHeapMb", "heapMaxMb", "heapMeasure", "settings", "corpus", "wordsPerArticle", "bareWordsPerSec", "pipelineWordsPerSec");
        assertThat(json.get("articles").asInt()).isEqualTo(1000);
        assertThat(json.get("bareArticlesPerSec").asDouble()).isEqualTo(80.0);
        assertThat(json.get("pipelineArticlesPerSec").asDouble()).isEqualTo(70.1);
        assertThat(json.get("ratio").asDouble()).isEqualTo(0.875);
        assertThat(json.get("pipelineCpuMsPerArticle").asDouble()).isEqualTo(20.1);
        assertThat(json.get("latencyP99Ms").asDouble()).isEqualTo(480.1);
        assertThat(json.get("extractorPeakHeapMb").asDouble()).isEqualTo(300.3);
        assertThat(json.get("loadAverage").asDouble()).isEqualTo(3.46);
        assertThat(json.get("settings").get("num.stream.threads").asText()).isEqualTo("2");
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = BenchReport.writeJson(RESULT, dir.resolve("bench.json"));

        assertThat(BenchReport.readJson(file)).isEqualTo(RESULT);
    }

    @Test
    void writesTheSameBytesForTheSameResult() throws Exception {
        assertThat(BenchReport.toJson(RESULT)).isEqualTo(BenchReport.toJson(new BenchResult(1000, 2, 1, 2, 3.456, 80.04, 70.06,
            70.06 / 80.04, 12.34, 20.06, 500, 35.03, 120.04, 480.06, 900.0, 300.26, 1024, HeapPeak.MEASURE,
            Map.of("commit.interval.ms", "100", "num.stream.threads", "2"), "corpus", 1200, 96048, 84072)));
    }

    @Test
    void tableSaysWhichGoalsHold() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.printTable(RESULT, new PrintStream(bytes, true, StandardCharsets.UTF_8));
        String table = bytes.toString(StandardCharsets.UTF_8);

        assertThat(table).contains("pipelineArticlesPerSec").contains("70.1");
        assertThat(table).containsPattern("ratio +0\\.875 +ok \\(goal >= 0\\.8\\)");
        assertThat(table).containsPattern("latencyP99Ms +480\\.1 +ok \\(goal < 1000\\)");
    }

    @Test
    void tableFlagsAMissedGoal() {
        BenchResult slow = new BenchResult(10, 1, 1, 2, 0, 100, 50, 0.5, 10, 20, 100, 25, 10, 2000, 2500, 600, 1024, "x", Map.of(), "corpus", 500, 50000, 25000);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        BenchReport.printTable(slow, new PrintStream(bytes, true, StandardCharsets.UTF_8));

        assertThat(bytes.toString(StandardCharsets.UTF_8)).contains("MISSED (goal >= 0.8)")
            .contains("MISSED (goal < 1000)").contains("MISSED (goal <= 512)");
    }
}
