package org.newsevents.web.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
    @Test
    void identicalBodiesScoreOneWhateverThePunctuationAndSpacing() {
        ShingleScore s = ShingleScore.of("One two three four five.", "One, two\n\nthree four  five");
        assertThat(s.precision()).isEqualTo(1.0);
        assertThat(s.recall()).isEqualTo(1.0);
    }

    @Test
    void extraTextCostsPrecisionAndMissingTextCostsRecallCountedInFourWordShingles() {
        // gold: 6 words = 3 shingles; prediction adds 2 words = 2 more shingles
        ShingleScore s = ShingleScore.of("a b c d e f", "a b c d e f g h");
        assertThat(s.precision()).isCloseTo(3.0 / 5, within(1e-9));
        assertThat(s.recall()).isEqualTo(1.0);
        double[] prf = ShingleScore.summary(List.of(s, ShingleScore.of("x y z w", "")));
        assertThat(prf[1]).as("mean recall over pages with gold").isCloseTo(0.5, within(1e-9));
    }
}
