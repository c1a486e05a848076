package org.newsevents.extractor.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.schemas.PublishedFrom;

/** A year-less dateline takes the most recent year in which its day fits the weekday the lede reports. */
class YearlessDatelineWeekdayTest {
    private static final TextPublicationDateResolver RESOLVER = new TextPublicationDateResolver();
    private static final Instant YEARS_LATER = Instant.parse("2026-11-22T00:00:00Z");

    private static PublishedDate resolve(String text, Instant received) {
        return RESOLVER.resolve(text, Articles.plainParagraphs(text), null, received);
    }

    @Test
    void datesTheSeedDatelineByItsMondayLedeWhenReadYearsLater() {
        String text = Articles.seed("000_28892a26cdc44105.txt");
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2023-08-01");
    }

    @Test
    void keepsTheReceivedYearWhenTheLedeWeekdayFitsIt() {
        // 2025-03-04 is a Tuesday: the dateline day itself
        String sameDay = "WASHINGTON, March 4 (Reuters) - The U.S. Treasury imposed sanctions on Tuesday on three shipping firms.";
        assertThat(resolve(sameDay, Instant.parse("2025-03-10T00:00:00Z")))
                .isEqualTo(new PublishedDate(java.time.LocalDate.parse("2025-03-04"), PublishedFrom.TEXT));
        // 2026-03-04 is a Wednesday: filed the day after the Tuesday event
        assertThat(resolve(sameDay, Instant.parse("2026-03-05T00:00:00Z")).date()).isEqualTo("2026-03-04");
    }

    @Test
    void goesBackToTheMostRecentYearTheLedeWeekdayFits() {
        // Oct 17 is a Saturday in 2026, Friday in 2025, Thursday in 2024, Tuesday in 2023
        String text = "BRUSSELS, Oct 17 (Reuters) - European Union foreign ministers agreed on Monday to extend the asset freeze.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2023-10-17");
    }

    @Test
    void readsAWireStyleWeekdayWithoutOnInTheNextParagraph() {
        String text = "BRUSSELS, Oct 17\n\nEuropean Union foreign ministers agreed Monday to extend the asset freeze.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2023-10-17");
    }

    @Test
    void keepsTheReceivedYearWhenTheLedeNamesNoWeekday() {
        String text = "BRUSSELS, Oct 17 (Reuters) - European Union foreign ministers agreed to extend the asset freeze.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2026-10-17");
    }

    @Test
    void ignoresAWeekdayInAFutureClauseOfTheLede() {
        // Friday would fit 2025, but a planned meeting is not the day the lede reports
        String text = "BRUSSELS, Oct 17 (Reuters) - European Union foreign ministers will meet on Friday to discuss sanctions.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2026-10-17");
    }

    @Test
    void neverGoesBackBeforeAYearTheStoryLooksBackOn() {
        // Monday fits Aug 1 only in 2023 among 2020-2026, but the story mentions 2024 as past
        String text = "Washington, Aug 1 : The United States on Monday (local time) said it would impose sanctions.\n"
                + "North Korea has kept its borders closed since 2024 to contain the pandemic.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2026-08-01");
    }

    @Test
    void doesNotTakeAPlannedYearAsALowerBound() {
        String text = "Washington, Aug 1 : The United States on Monday (local time) said it would impose sanctions.\n"
                + "North Korea will hold elections in 2025, the ministry said.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2023-08-01");
    }

    @Test
    void letsAFullDateInTheTextSetTheYear() {
        // the text's own dated mention wins over the weekday (Oct 17, 2024 is a Thursday)
        String text = "BRUSSELS, Oct 17 (Reuters) - Ministers agreed on Monday to extend the freeze adopted on March 3, 2024.";
        assertThat(resolve(text, YEARS_LATER).date()).isEqualTo("2024-10-17");
    }
}
