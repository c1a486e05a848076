package org.newsevents.cli.replay;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.CliRun;
import org.newsevents.cli.Main;
import org.newsevents.stack.testing.RealStack;

/**
 * Replay on real parts: the corpus goes through {@code run} with extractor v1, then {@code replay} with v2
 * rewrites a sink directory holding only v2 events, each article once, as many as v1 found; a second
 * replay with v2 gives byte-identical files and nothing of a replay is left on the cluster.
 */
class ReplayIT {
    private static final Path CORPUS = Path.of("..", "corpus");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FILES = List.of("articles.jsonl", "statements.jsonl", "dates.jsonl", "sanctions.jsonl");

    @TempDir
    static Path work;
    private static RealStack stack;
    private static String appId;

    @BeforeAll
    static void startStack() {
        stack = RealStack.get();
        appId = "replay-it-" + UUID.randomUUID();
    }

    private static String[] args(String command, String version, String... more) {
        List<String> args = new ArrayList<>(List.of(command));
        args.addAll(List.of(more));
        args.addAll(List.of("--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString(),
            "--set", "application.id=" + appId, "--set", "state.dir=" + work.resolve("streams"),
            "--set", "extractor.version=" + version));
        return args.toArray(String[]::new);
    }

    private static List<JsonNode> lines(Path file) throws IOException {
        List<JsonNode> nodes = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            nodes.add(JSON.readTree(line));
        }
        return nodes;
    }

    /** Only the corpus' articles: other tests may have written events of their own to the topics. */
    private static List<JsonNode> ofCorpus(List<JsonNode> nodes, Set<String> articleIds) {
        return nodes.stream().filter(n -> articleIds.contains(n.get("articleId").asText())).toList();
    }

    private static Set<String> ids(List<JsonNode> nodes, String field) {
        return nodes.stream().map(n -> n.get(field).asText()).collect(Collectors.toSet());
    }

    @Test
    void replayReextractsEveryArticleWithTheNewVersionAndRepeatsByteForByte() throws Exception {
        Path v1 = work.resolve("v1");
        assertThat(Main.execute(args("run", "v1", CORPUS.toString(), "--out", v1.toString(), "--timeout", "240"))).isZero();
        List<JsonNode> v1Summaries = lines(v1.resolve("articles.jsonl"));
        assertThat(v1Summaries).hasSize(5).allSatisfy(s -> assertThat(s.get("extractorVersion").asText()).isEqualTo("v1"));

        Path first = work.resolve("replay1");
        CliRun replay = CliRun.of(args("replay", "v2", "--sink", first.toString(), "--timeout", "240"));
        assertThat(replay.exitCode()).isZero();
        assertThat(replay.out()).contains("Re-extracted 5 article(s) with extractor v2 (0 refused");

        List<JsonNode> v2Summaries = lines(first.resolve("articles.jsonl"));
        assertThat(v2Summaries).hasSize(5);
        assertThat(ids(v2Summaries, "articleId")).isEqualTo(ids(v1Summaries, "articleId"));
        Set<String> corpus = ids(v1Summaries, "articleId");
        for (String file : FILES) {
            List<JsonNode> now = ofCorpus(lines(first.resolve(file)), corpus);
            List<JsonNode> before = ofCorpus(lines(v1.resolve(file)), corpus);
            assertThat(now).as(file).isNotEmpty().hasSameSizeAs(before)
                .allSatisfy(e -> assertThat(e.get("extractorVersion").asText()).isEqualTo("v2"));
            if (!file.equals("articles.jsonl")) {
                assertThat(ids(now, "eventId")).as("each event once in " + file).hasSize(now.size());
                // Event ids depend on the version: none of v1's survives.
                assertThat(ids(now, "eventId")).doesNotContainAnyElementsOf(ids(before, "eventId"));
            }
        }

        Path second = work.resolve("replay2");
        CliRun again = CliRun.of(args("replay", "v2", "--sink", second.toString(), "--timeout", "240"));
        assertThat(again.exitCode()).isZero();
        assertThat(again.out()).contains("Re-extracted 5 article(s) with extractor v2");
        for (String file : FILES) {
            assertThat(Files.readAllBytes(second.resolve(file))).as(file).isEqualTo(Files.readAllBytes(first.resolve(file)));
        }
        assertNothingOfTheReplayIsLeft();
    }

    private void assertNothingOfTheReplayIsLeft() throws Exception {
        String replayId = ReplayApplicationId.of(appId, "v2");
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", stack.bootstrapServers()))) {
            assertThat(admin.listTopics().names().get()).noneMatch(t -> t.startsWith(replayId + "-"));
            assertThat(admin.listGroups().all().get()).noneMatch(g -> g.groupId().equals(replayId));
        }
        try (Stream<Path> state = Files.list(work.resolve("streams"))) {
            assertThat(state.map(p -> p.getFileName().toString())).doesNotContain(replayId);
        }
    }
}
