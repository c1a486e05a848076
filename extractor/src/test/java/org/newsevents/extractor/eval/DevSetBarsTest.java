package org.newsevents.extractor.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.extractor.pipeline.ExtractionLimits;

/**
 * The quality bars on the development set (../shared/eval/gold against corpus/), with the
 * real extractor. A development set, not a test set: passing it says the rules are not broken, not
 * that they generalize; the unit tests of each extractor carry unseen sentences for that.
 */
class DevSetBarsTest {
    private static EvalReport report;

    @BeforeAll
    static void evaluate() throws Exception {
        Path gold = locateGold();
        // Articles arrive shortly after they are published; a fixed instant keeps the run repeatable.
        Instant received = Instant.parse("2026-11-22T00:00:00Z");
        report = Evaluator.evaluate(gold, Path.of("..", "corpus"), Evaluator.system(Extractors.defaults().newExtractor(ExtractionLimits.FOR_EVALUATION), received));
        System.out.println(report.render());
    }

    static Path locateGold() {
        return DevSets.seedGold();
    }

    @Test
    void datesValueF1AtLeast090() {
        assertThat(report.datesValue().f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void statementsF1AtLeast090() {
        assertThat(report.statements().f1()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void sanctionsF1AndActionAccuracyAtLeast090() {
        assertThat(report.sanctions().f1()).isGreaterThanOrEqualTo(0.90);
        assertThat(report.action().value()).isGreaterThanOrEqualTo(0.90);
    }

    @Test
    void publishedDateRightOnEveryArticle() {
        assertThat(report.published().k()).isEqualTo(report.published().n()).isEqualTo(report.articles().size());
    }
}
