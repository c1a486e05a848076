package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

class NotDatesTest {

    @Test
    void ignoresResolutionAndIdentifierNumbers() {
        assertThat(dates("The council adopted resolution 2087 and resolution No. 2094.", "2024-01-10")).isEmpty();
        assertThat(dates("The reference number is 2882015 in the registry.", "2024-01-10")).isEmpty();
    }

    @Test
    void ignoresPhoneNumbersAndDecimals() {
        assertThat(dates("Call the embassy at 202-555-2019 or +1 202 555 0143.", "2024-01-10")).isEmpty();
        assertThat(dates("The repo rate stays at 5.25%, and exports grew 2.2019 points.", "2024-01-10")).isEmpty();
    }

    @Test
    void ignoresAmountsAndCounts() {
        assertThat(dates("Iran lost $2020 million in revenue and 2020 people were detained.", "2024-01-10")).isEmpty();
        assertThat(dates("Exports fell by 2019 percent, or 1,999 barrels.", "2024-01-10")).isEmpty();
        assertThat(dates("The army deployed 2000 troops.", "2024-01-10")).isEmpty();
    }

    @Test
    void ignoresDurations() {
        assertThat(dates("Shoigu arrived for a three-day visit.", "2023-08-01")).isEmpty();
        assertThat(dates("He has ruled for the last 23 years.", "2023-08-01")).isEmpty();
        assertThat(dates("The talks lasted five days and ended a six-decade feud.", "2023-08-01")).isEmpty();
        assertThat(dates("Prices have doubled over the last year.", "2023-08-01")).isEmpty();
        assertThat(dates("A year and a half later, he has failed.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresTimesOfDay() {
        assertThat(dates("The vote is at 10:30 am and the curfew starts at 9 pm.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresHolidaysAndAnniversaries() {
        assertThat(dates("The 70th anniversary is known as Victory Day there.", "2023-08-01")).isEmpty();
        assertThat(dates("Workers rallied on May Day and again on Good Friday.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresVagueReferences() {
        assertThat(dates("Russia and North Korea have recently called for closer ties.", "2023-08-01")).isEmpty();
        assertThat(dates("In recent weeks, and now again, officials met weeks ago.", "2023-08-01")).isEmpty();
        assertThat(dates("Earlier in the day and this morning the ministry was silent.", "2023-08-01")).isEmpty();
        assertThat(dates("A few days ago, several weeks ago, in the past.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresMayAsModalAndMarchAsVerb() {
        assertThat(dates("May the talks succeed. Sanctions may be lifted.", "2023-08-01")).isEmpty();
        assertThat(dates("Protesters will march on the embassy. March with us, they said.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresMonthNamesUsedAsNames() {
        assertThat(dates("Former prime minister Theresa May said the EU must act.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresNewspaperNamesWithWeekdays() {
        assertThat(dates("The report was first published by the Sunday Times.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresDecadesAndModelNumbers() {
        assertThat(dates("Sanctions date back to the 1990s, and the COVID-19 breakout.", "2023-08-01")).isEmpty();
    }

    @Test
    void ignoresDateWordsInQuotedProgrammeTitles() {
        assertThat(dates("Baker said on ABC's \"This Week,\" that talks would go on.", "1990-08-13")).isEmpty();
        assertThat(dates("The senator told \"Fox News Sunday\" that the deal was weak.", "2013-11-25")).isEmpty();
        assertThat(dates("The group replied that it would release them \"this week,\" prosecutors said.", "2019-03-01"))
                .containsExactly("this week=2019-W09");
    }

    @Test
    void ignoresRecurringWeekdays() {
        assertThat(dates("Two flights will leave on Monday and Tuesday nights, with a third departing each Thursday.", "1998-02-13"))
                .isEmpty();
    }

    @Test
    void ignoresFigurativeTomorrow() {
        assertThat(dates("If I were choosing the people of tomorrow, I would choose this board.", "1989-11-02")).isEmpty();
    }
}
