package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

/** Calendar periods named by phrases: comparisons with a year earlier, period boundaries, fiscal years and anaphora. */
class PeriodDatesTest {

    @Test
    void readsYearEarlierComparisonsFromThePublicationYear() {
        assertThat(dates("Net income rose to $5 million from $4 million a year earlier.", "1989-10-26"))
                .containsExactly("a year earlier=1988");
        assertThat(dates("The year-ago results included a large charge.", "1989-11-02"))
                .containsExactly("year-ago=1988");
    }

    @Test
    void readsAYearEarlierFromTheDateItsParagraphSet() {
        assertThat(dates("The plant opened in 2005. A year earlier, the land was bought.", "2024-01-10"))
                .containsExactly("2005=2005", "A year earlier=2004");
    }

    @Test
    void readsCurrentPeriodsAndTheirBoundaries() {
        assertThat(dates("Sales in the current fiscal year will rise, and the deal should close by year-end.", "1989-11-02"))
                .containsExactly("the current fiscal year=1989", "year-end=1989");
        assertThat(dates("The army will have 40,000 troops in the region by the end of the month.", "1990-08-13"))
                .containsExactly("the end of the month=1990-08");
        assertThat(dates("Profit fell in the first nine months of the year.", "1989-10-30"))
                .containsExactly("the year=1989");
    }

    @Test
    void leavesTheYearOfATitleOrAStretchOfTimeAlone() {
        assertThat(dates("She was named person of the year.", "2024-01-10")).isEmpty();
        assertThat(dates("Prices will be reviewed over the following year.", "2024-01-10")).isEmpty();
        assertThat(dates("They drafted the fiscal year 2018 budget.", "2017-07-08")).containsExactly("2018=2018");
        assertThat(dates("Net for the year-earlier nine months included a gain.", "1989-10-26"))
                .containsExactly("year-earlier=1988");
    }

    @Test
    void readsAnaphoricReferencesFromTheDateTheTextLastSet() {
        assertThat(dates("The company was founded in 1995, and the following year it went public.", "2024-01-10"))
                .containsExactly("1995=1995", "the following year=1996");
        assertThat(dates("The rebels took the city in April. That same month, the army withdrew.", "2018-12-05"))
                .containsExactly("April=2018-04", "That same month=2018-04");
    }

    @Test
    void doesNotNarrowAYearToAMonthByAnaphora() {
        assertThat(dates("He moved abroad in 2015, and that month he married.", "2024-01-10"))
                .containsExactly("2015=2015");
    }
}
