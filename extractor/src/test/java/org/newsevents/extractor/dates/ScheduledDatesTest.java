package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

/** Year-less months and days and bare weekdays whose direction comes from a deadline, the clause or the verb group. */
class ScheduledDatesTest {

    @Test
    void putsADeadlineInTheComingMonthsWhateverTheTense() {
        assertThat(dates("The board declared a dividend payable Dec. 1 to holders of record.", "1990-10-27"))
                .containsExactly("Dec. 1=1990-12-01");
        assertThat(dates("The bidder extended to Nov. 20 its offer for all shares.", "1990-11-02"))
                .containsExactly("Nov. 20=1990-11-20");
        assertThat(dates("The appointment takes effect under a reorganization effective Feb. 1.", "1990-10-26"))
                .containsExactly("Feb. 1=1991-02-01");
    }

    @Test
    void readsByAndUntilAsDeadlinesOutsideAPastClause() {
        assertThat(dates("The parties are supposed to conclude the talks by May.", "2020-03-22"))
                .containsExactly("May=2020-05");
        assertThat(dates("Officials expect the merger to be completed by Dec. 15.", "1990-10-31"))
                .containsExactly("Dec. 15=1990-12-15");
        assertThat(dates("The minister was not forced to resign until Feb. 13 of that winter.", "2019-01-24"))
                .containsExactly("Feb. 13=2018-02-13");
    }

    @Test
    void takesTheTenseOfTheClauseAfterACommaAndConjunction() {
        assertThat(dates("These are the toughest measures ever imposed, and in November they tighten further.", "2018-08-07"))
                .containsExactly("November=2018-11");
    }

    @Test
    void leansToTheNearerSideWithAPresentOrNoVerb() {
        assertThat(dates("Record high for the index: 3,100 on Aug. 6.", "1998-02-06"))
                .containsExactly("Aug. 6=1997-08-06");
        assertThat(dates("His move follows up on his announcement in May that he would act.", "2020-07-14"))
                .containsExactly("May=2020-05");
    }

    @Test
    void keepsCoordinatedAndPassiveParticiplesInTheFuture() {
        assertThat(dates("The rules will be drafted in legal language and published Thursday.", "2014-07-29"))
                .containsExactly("Thursday=2014-07-31");
        assertThat(dates("More sanctions are expected to be announced Monday, officials said.", "2019-06-23"))
                .containsExactly("Monday=2019-06-24");
        assertThat(dates("The new restrictions take effect Wednesday.", "2019-06-04"))
                .containsExactly("Wednesday=2019-06-05");
        assertThat(dates("A vote could come as early as Tuesday.", "2020-07-02"))
                .containsExactly("Tuesday=2020-07-07");
    }
}
