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

    @Test
    void keepsAWeekdayBeforeAYearlessDateFollowedByAColon() {
        assertThat(dates("The Times said in an editorial on Saturday, April 25: the court erred.", "1998-04-24"))
                .containsExactly("Saturday, April 25=1998-04-25");
    }

    @Test
    void readsYearsUsedAsModifiersOrAfterDeadlineWords() {
        assertThat(dates("He pressed the issue in his unsuccessful 1996 campaign.", "1998-02-13")).containsExactly("1996=1996");
        assertThat(dates("The group is said to be behind a 2014 hacking of the network.", "2018-03-15")).containsExactly("2014=2014");
        assertThat(dates("The charge was booked in the company's 1989 operating results.", "1989-10-30")).containsExactly("1989=1989");
        assertThat(dates("Holders get bonds due 1993 and growth that continues into 1990.", "1989-11-02"))
                .containsExactly("1993=1993", "1990=1990");
        assertThat(dates("In fiscal 1989, the company earned $7.8 million.", "1989-11-02")).containsExactly("1989=1989");
    }

    @Test
    void readsBothMembersOfAYearRangeAndOfCoordinatedDays() {
        assertThat(dates("The two states fought their 1950-53 conflict to a truce.", "2018-05-06"))
                .containsExactly("1950=1950", "53=1953");
        assertThat(dates("The line cancelled the stops on its June 5 and 6 cruises.", "2019-06-04"))
                .containsExactly("June 5=2019-06-05", "6=2019-06-06");
    }

    @Test
    void readsYearsInWords() {
        assertThat(dates("In nineteen ninety-one he was convicted in state court.", "1998-01-15"))
                .containsExactly("nineteen ninety-one=1991");
        assertThat(dates("January nineteen ninety-seven. A bomb went off again.", "1998-02-27"))
                .containsExactly("January nineteen ninety-seven=1997-01");
        assertThat(dates("His promise to halve unemployment by the year two thousand was abandoned.", "1998-02-05"))
                .containsExactly("the year two thousand=2000");
    }
}
