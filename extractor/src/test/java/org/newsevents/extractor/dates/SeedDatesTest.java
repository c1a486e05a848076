package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.nlp.NlpPipeline;
import org.newsevents.extractor.pipeline.ArticleAnalyzer;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.AnalyzedArticle;
import org.newsevents.extractor.text.Paragraph;

/** Scores the extractor on the five dev-set seeds as GUIDELINES.md does: span overlap + same value. */
class SeedDatesTest {
    private static final RuleBasedDateExtractor EXTRACTOR = RuleBasedDateExtractor.load();

    @Test
    void reachesValueF1OfAtLeast095OnTheSeeds() {
        int tp = 0;
        int system = 0;
        int gold = 0;
        List<String> misses = new ArrayList<>();
        NlpPipeline nlp = new NlpPipeline();
        for (String seed : SeedCorpus.SEEDS) {
            String text = Articles.seed(seed);
            List<Paragraph> paragraphs = SeedCorpus.paragraphs(seed, text);
            LocalDate published = LocalDate.parse(SeedCorpus.gold(seed).get("published").asText());
            AnalyzedArticle article = new ArticleAnalyzer(nlp, t -> paragraphs).analyze(text, paragraphs, published);
            List<DateFinding> found = EXTRACTOR.extract(article);
            List<SeedCorpus.GoldDate> expected = SeedCorpus.goldDates(seed, text);
            system += found.size();
            gold += expected.size();
            List<DateFinding> unmatched = new ArrayList<>(found);
            for (SeedCorpus.GoldDate g : expected) {
                DateFinding hit = unmatched.stream()
                        .filter(f -> f.start() < g.end() && g.start() < f.end() && f.value().equals(g.value()))
                        .findFirst().orElse(null);
                if (hit != null) {
                    tp++;
                    unmatched.remove(hit);
                } else {
                    misses.add(seed + " missed " + g);
                }
            }
            unmatched.forEach(f -> misses.add(seed + " spurious " + f));
        }
        double p = system == 0 ? 0 : (double) tp / system;
        double r = gold == 0 ? 0 : (double) tp / gold;
        double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
        System.out.printf("seed dates: tp=%d system=%d gold=%d P=%.3f R=%.3f F1=%.3f%n", tp, system, gold, p, r, f1);
        misses.forEach(System.out::println);
        assertThat(f1).as("value-F1 on the seeds; differences: %s", misses).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void findsTheGoldSpansExactlyOnTheSeeds() {
        NlpPipeline nlp = new NlpPipeline();
        for (String seed : SeedCorpus.SEEDS) {
            String text = Articles.seed(seed);
            List<Paragraph> paragraphs = SeedCorpus.paragraphs(seed, text);
            LocalDate published = LocalDate.parse(SeedCorpus.gold(seed).get("published").asText());
            AnalyzedArticle article = new ArticleAnalyzer(nlp, t -> paragraphs).analyze(text, paragraphs, published);
            List<String> found = EXTRACTOR.extract(article).stream()
                    .map(f -> f.start() + ":" + f.text() + "=" + f.value()).toList();
            List<String> expected = SeedCorpus.goldDates(seed, text).stream()
                    .map(g -> g.start() + ":" + g.text() + "=" + g.value()).toList();
            assertThat(found).as(seed).containsExactlyInAnyOrderElementsOf(expected);
        }
    }
}
