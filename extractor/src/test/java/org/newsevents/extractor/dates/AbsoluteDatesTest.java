package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

class AbsoluteDatesTest {

    @Test
    void readsMonthDayYearWithAndWithoutComma() {
        assertThat(dates("The talks opened on October 9, 2024 in Geneva.", "2024-10-10"))
                .containsExactly("October 9, 2024=2024-10-09");
        assertThat(dates("The deal was signed on Sep 12 2023 in Vladivostok.", "2023-09-20"))
                .containsExactly("Sep 12 2023=2023-09-12");
    }

    @Test
    void readsAbbreviatedMonthsWithPeriod() {
        assertThat(dates("The vote took place on Jan. 28, 2019, diplomats said.", "2019-02-01"))
                .containsExactly("Jan. 28, 2019=2019-01-28");
        assertThat(dates("Tehran responded on Aug. 1 with a statement.", "2023-08-03"))
                .containsExactly("Aug. 1=2023-08-01");
    }

    @Test
    void readsDayMonthYear() {
        assertThat(dates("The EU adopted the package on 1 August 2023.", "2023-08-05"))
                .containsExactly("1 August 2023=2023-08-01");
        assertThat(dates("Caracas replied on the 3rd of March.", "2024-03-10"))
                .containsExactly("3rd of March=2024-03-03");
    }

    @Test
    void keepsAnAttachedWeekdayInTheSpan() {
        assertThat(dates("Friday, 24 May 2024: the council met in New York.", "2024-05-24"))
                .containsExactly("Friday, 24 May 2024=2024-05-24");
    }

    @Test
    void readsIsoDates() {
        assertThat(dates("date 2023-09-04 Officials met in Brussels.", "2023-09-04"))
                .containsExactly("2023-09-04=2023-09-04");
    }

    @Test
    void readsNumericDatesOnlyWhenUnambiguous() {
        assertThat(dates("The order dated 25/09/2023 was published.", "2023-10-01"))
                .containsExactly("25/09/2023=2023-09-25");
        assertThat(dates("The order dated 09/25/2023 was published.", "2023-10-01"))
                .containsExactly("09/25/2023=2023-09-25");
        assertThat(dates("The order dated 03/04/2023 was published.", "2023-10-01")).isEmpty();
    }

    @Test
    void acceptsAnAmbiguousNumericDateThatIsThePublicationDay() {
        assertThat(dates("Updated 12/09/2023 The ministry said it would respond.", "2023-09-12"))
                .containsExactly("12/09/2023=2023-09-12");
    }

    @Test
    void readsDatelines() {
        assertThat(dates("Washington, Oct 9 The US continues to monitor the situation.", "2024-10-09"))
                .containsExactly("Oct 9=2024-10-09");
        assertThat(dates("WASHINGTON, Aug 1 (Reuters) - The United States imposed sanctions on Monday.", "2023-08-01"))
                .containsExactly("Aug 1=2023-08-01", "Monday=2023-07-31");
    }

    @Test
    void keepsTimesAndTimeZonesOutOfTheSpan() {
        assertThat(dates("By IANS | Updated: October 9, 2024 06:55 IST", "2024-10-09"))
                .containsExactly("October 9, 2024=2024-10-09");
        assertThat(dates("| @indiablooms | Sep 12, 2023, at 03:32 pm", "2023-09-12"))
                .containsExactly("Sep 12, 2023=2023-09-12");
    }

    @Test
    void givesAYearlessDateTheYearNearestToPublication() {
        assertThat(dates("The ceasefire began on December 28, officials said.", "2024-01-03"))
                .containsExactly("December 28=2023-12-28");
        assertThat(dates("The elections will be held on March 5.", "2023-12-01"))
                .containsExactly("March 5=2024-03-05");
    }

    @Test
    void readsMonthAndYear() {
        assertThat(dates("Sanctions were tightened in August 2023.", "2024-02-01"))
                .containsExactly("August 2023=2023-08");
    }

    @Test
    void readsOrdinalDays() {
        assertThat(dates("The summit is planned for June 3rd.", "2024-05-01"))
                .containsExactly("June 3rd=2024-06-03");
    }
}
