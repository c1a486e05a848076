package org.newsevents.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.extractor.eval.Spans.DateSpan;
import org.newsevents.extractor.eval.Spans.QuoteSpan;
import org.newsevents.extractor.eval.Spans.SanctionSpan;
import org.newsevents.extractor.pipeline.ArticleRejectedException;

class EvaluatorTest {
    private static final String TEXT = "On Monday Miller said on Monday that sanctions stay.\n";
    private static final String GOLD = """
            {"article": "a.txt", "published": "2023-08-01",
             "dates": [{"text": "Monday", "occurrence": 2, "value": "2023-07-31"}],
             "statements": [{"speaker": "Matthew Miller", "title": "spokesperson", "quote": "sanctions stay", "occurrence": 1, "direct": false}],
             "sanctions": [{"text": "sanctions stay", "occurrence": 1, "trigger": "sanctions", "action": "IMPOSE", "imposer": "USA", "targets": ["PRK"]}]}
            """;

    @Test
    void scoresEveryGoldArticleWithOffsetsFromTextAndOccurrence(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD);
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int second = TEXT.indexOf("Monday", 5);
        int quote = TEXT.indexOf("sanctions");
        SystemOutput out = new SystemOutput("2023-08-01", List.of(new DateSpan(second, second + 6, "2023-07-31")),
                List.of(new QuoteSpan(quote, quote + 14, "sanctions stay", "Miller")),
                List.of(new SanctionSpan(quote, quote + 9, "IMPOSE", "USA", Set.of("PRK"))));
        EvalReport r = Evaluator.evaluate(dir, dir, text -> out);
        assertThat(r.articles()).hasSize(1);
        assertThat(r.datesValue()).isEqualTo(new Counts(1, 1, 1));
        assertThat(r.statements()).isEqualTo(new Counts(1, 1, 1));
        assertThat(r.sanctions()).isEqualTo(new Counts(1, 1, 1));
        assertThat(r.action()).isEqualTo(new Ratio(1, 1));
        assertThat(r.published()).isEqualTo(new Ratio(1, 1));
        assertThat(r.render()).contains("dates (span + value)", "statements", "sanctions action", "a.txt");
    }

    @Test
    void dateOnTheWrongOccurrenceDoesNotMatch(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD);
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int first = TEXT.indexOf("Monday");
        EvalReport r = Evaluator.evaluate(dir, dir, text -> new SystemOutput("2023-08-01",
                List.of(new DateSpan(first, first + 6, "2023-07-31")), List.of(), List.of()));
        assertThat(r.datesValue()).isEqualTo(new Counts(0, 1, 1));
    }

    @Test
    void rejectedArticleCountsAsEmptyOutputAndIsNamed(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD);
        Files.writeString(dir.resolve("a.txt"), TEXT);
        EvalReport r = Evaluator.evaluate(dir, dir, text -> {
            throw new ArticleRejectedException("TIMEOUT", "too slow");
        });
        assertThat(r.statements()).isEqualTo(new Counts(0, 0, 1));
        assertThat(r.published()).isEqualTo(new Ratio(0, 1));
        assertThat(r.render()).contains("rejected TIMEOUT: too slow");
    }

    @Test
    void goldSubstringMissingFromTheArticleIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD.replace("sanctions stay\", \"occurrence\": 1, \"trigger",
                "sanctions go\", \"occurrence\": 1, \"trigger"));
        Files.writeString(dir.resolve("a.txt"), TEXT);
        assertThatThrownBy(() -> Evaluator.evaluate(dir, dir, text -> SystemOutput.empty()))
                .isInstanceOf(IOException.class).hasMessageContaining("\"sanctions go\"");
    }

    @Test
    void readsTheSharedDevelopmentGoldWhenPresent() throws IOException {
        // ../shared next to the repository (the main tree) or next to the helpers' trees.
        Path gold = java.util.stream.Stream.of(Path.of("..", "..", "shared", "eval", "gold"), Path.of("..", "..", "..", "shared", "eval", "gold"))
                .filter(Files::isDirectory).findFirst().orElse(null);
        org.junit.jupiter.api.Assumptions.assumeTrue(gold != null, "no shared gold directory here");
        EvalReport r = Evaluator.evaluate(gold, Path.of("..", "corpus"), text -> SystemOutput.empty());
        assertThat(r.articles()).hasSize(5);
        assertThat(r.datesValue().gold()).isEqualTo(25);
        assertThat(r.statements().gold()).isEqualTo(37);
        assertThat(r.sanctions().gold()).isEqualTo(13);
    }

    @Test
    void feedItemsGiveTheSystemTheirPublicationDateAndUrl(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD);
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"source\": \"a.txt\", \"url\": \"https://example.org/2023/08/01/x\", \"published\": \"2023-08-01\", "
                + "\"text\": " + new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(TEXT) + "}\n");
        java.util.List<EvalArticle> seen = new java.util.ArrayList<>();
        EvalReport r = Evaluator.evaluate(dir, feed, a -> {
            seen.add(a);
            return new SystemOutput(a.published(), List.of(), List.of(), List.of());
        });
        assertThat(seen).singleElement().satisfies(a -> {
            assertThat(a.text()).isEqualTo(TEXT);
            assertThat(a.published()).isEqualTo("2023-08-01");
            assertThat(a.url()).isEqualTo("https://example.org/2023/08/01/x");
        });
        assertThat(r.published()).isEqualTo(new Ratio(1, 1));
    }

    @Test
    void feedItemMissingForAGoldArticleIsAClearError(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD);
        Path feed = dir.resolve("feed.jsonl");
        Files.writeString(feed, "{\"source\": \"b.txt\", \"text\": \"x\"}\n");
        assertThatThrownBy(() -> Evaluator.evaluate(dir, feed, a -> SystemOutput.empty()))
                .isInstanceOf(IOException.class).hasMessageContaining("a.txt");
    }

    @Test
    void scoresDirectAndIndirectApartAndRolesAsAWholeAndListsErrors(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.gold.json"), GOLD);
        Files.writeString(dir.resolve("a.txt"), TEXT);
        int quote = TEXT.indexOf("sanctions");
        SystemOutput out = new SystemOutput("2023-08-01", List.of(),
                List.of(new QuoteSpan(quote, quote + 14, "sanctions stay", "Miller", true)),
                List.of(new SanctionSpan(quote, quote + 9, "THREATEN", "USA", Set.of("PRK"))));
        EvalReport r = Evaluator.evaluate(dir, dir, a -> out);
        assertThat(r.statements()).isEqualTo(new Counts(1, 1, 1));
        assertThat(r.indirectStatements()).isEqualTo(new Counts(0, 0, 1));
        assertThat(r.directStatements()).isEqualTo(new Counts(0, 1, 0));
        assertThat(r.sanctionsRoles()).isEqualTo(new Counts(0, 1, 1));
        assertThat(r.actionConfusion().get("IMPOSE", "THREATEN")).isEqualTo(1);
        assertThat(r.renderErrors())
                .contains("date MISSED", "expected 2023-07-31")
                .contains("statement DIRECT", "expected direct=false got true")
                .contains("sanctions ROLES", "expected IMPOSE USA -> [PRK] got THREATEN USA -> [PRK]", "[sanctions stay]");
    }
}
