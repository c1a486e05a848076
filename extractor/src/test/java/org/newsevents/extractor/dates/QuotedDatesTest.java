package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

class QuotedDatesTest {

    @Test
    void resolvesAQuotedYesterdayAgainstTheDayTheSpeakerSpoke() {
        assertThat(dates("\"We rejected the offer yesterday,\" Araghchi said on Friday.", "2024-06-10"))
                .containsExactly("yesterday=2024-06-06", "Friday=2024-06-07");
    }

    @Test
    void resolvesQuotedRelativeDatesAgainstPublicationWhenNoSpeechDayIsGiven() {
        assertThat(dates("\"We will respond next week,\" the minister told reporters.", "2024-06-10"))
                .containsExactly("next week=2024-W25");
    }

    @Test
    void leavesAbsoluteDatesInsideQuotesAlone() {
        assertThat(dates("“The sanctions of 1 August 2023 stay,” Borrell said on Monday.", "2024-06-12"))
                .containsExactly("1 August 2023=2023-08-01", "Monday=2024-06-10");
    }
}
