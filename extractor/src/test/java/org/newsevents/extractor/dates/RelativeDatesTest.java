package org.newsevents.extractor.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.newsevents.extractor.dates.DateAssertions.dates;

import org.junit.jupiter.api.Test;

class RelativeDatesTest {

    @Test
    void resolvesAPastWeekdayToTheDayBeforePublication() {
        assertThat(dates("The United States on Monday said it would not hesitate to impose sanctions.", "2023-08-01"))
                .containsExactly("Monday=2023-07-31");
    }

    @Test
    void resolvesOnWeekdayToThePublicationDayWhenItIsThatDay() {
        assertThat(dates("North Korea vowed on Tuesday to strengthen its ties with Russia.", "2023-04-25"))
                .containsExactly("Tuesday=2023-04-25");
    }

    @Test
    void readsAWireStyleBareWeekdayLikeOnWeekday() {
        assertThat(dates("The Treasury announced new sanctions Monday against Iranian oil brokers.", "2024-03-04"))
                .containsExactly("Monday=2024-03-04");
        assertThat(dates("The Treasury announced new sanctions Monday against Iranian oil brokers.", "2024-03-06"))
                .containsExactly("Monday=2024-03-04");
    }

    @Test
    void resolvesAFutureWeekdayToTheNextOne() {
        assertThat(dates("The waiver was scheduled to expire on Saturday.", "2023-09-13"))
                .containsExactly("Saturday=2023-09-16");
        assertThat(dates("EU foreign ministers will meet on Friday to discuss the package.", "2024-02-19"))
                .containsExactly("Friday=2024-02-23");
    }

    @Test
    void usesTheVerbAfterAFrontedWeekday() {
        assertThat(dates("On Saturday, Russia's ambassador told Tass he was not aware of any plans.", "2023-09-04"))
                .containsExactly("Saturday=2023-09-02");
    }

    @Test
    void keepsOnlyTheWeekdayOfOnWeekdayAndTimeNotes() {
        assertThat(dates("Miller said during a briefing on Monday (local time) that talks continue.", "2023-08-01"))
                .containsExactly("Monday=2023-07-31");
    }

    @Test
    void resolvesWeekdayLastWeekInsideThePreviousIsoWeek() {
        assertThat(dates("Shoigu arrived in Pyongyang on Tuesday last week for a three-day visit.", "2023-08-01"))
                .containsExactly("Tuesday last week=2023-07-25");
    }

    @Test
    void resolvesLastAndNextWeekday() {
        assertThat(dates("The ministry said last Friday that talks had failed.", "2024-05-15"))
                .containsExactly("last Friday=2024-05-10");
        assertThat(dates("The board will vote next Thursday.", "2024-05-15"))
                .containsExactly("next Thursday=2024-05-16");
    }

    @Test
    void givesWeeksAsIsoWeeks() {
        assertThat(dates("Shoigu visited North Korea last week.", "2023-08-01")).containsExactly("last week=2023-W30");
        assertThat(dates("The United States said last week it was concerned.", "2023-09-04")).containsExactly("last week=2023-W35");
        assertThat(dates("The envoy will travel to Caracas next week.", "2023-12-31")).containsExactly("next week=2024-W01");
        assertThat(dates("Talks resumed this week in Vienna.", "2024-01-03")).containsExactly("this week=2024-W01");
    }

    @Test
    void givesMonthsAndYearsRelativeToPublication() {
        assertThat(dates("Inflation rose last month.", "2024-01-10")).containsExactly("last month=2023-12");
        assertThat(dates("The rules took effect earlier this month.", "2024-01-10")).containsExactly("this month=2024-01");
        assertThat(dates("Elections are due next year.", "2024-01-10")).containsExactly("next year=2025");
        assertThat(dates("The regime was tightened last year.", "2024-01-10")).containsExactly("last year=2023");
    }

    @Test
    void readsMonthsWithARelativeYear() {
        assertThat(dates("Sanctions have been in force since October last year.", "2023-09-04"))
                .containsExactly("October last year=2022-10");
        assertThat(dates("The ban was extended last October.", "2023-09-04"))
                .containsExactly("last October=2022-10");
    }

    @Test
    void readsYesterdayAndTomorrow() {
        assertThat(dates("Tehran rejected the demand yesterday.", "2024-06-01")).containsExactly("yesterday=2024-05-31");
        assertThat(dates("The council votes tomorrow on the resolution.", "2024-06-01")).containsExactly("tomorrow=2024-06-02");
    }

    @Test
    void readsTodayOnlyWhenItNamesTheEventDay() {
        assertThat(dates("The European Union today imposed sanctions on three Syrian officials.", "2024-06-01"))
                .containsExactly("today=2024-06-01");
        assertThat(dates("Today, Cuba is a very different country.", "2024-06-01")).isEmpty();
        assertThat(dates("Even today the embargo shapes daily life.", "2024-06-01")).isEmpty();
        assertThat(dates("Today's decision shows resolve.", "2024-06-01")).isEmpty();
    }

    @Test
    void countsBackNUnitsAgo() {
        assertThat(dates("The embargo was lifted three days ago.", "2024-06-10")).containsExactly("three days ago=2024-06-07");
        assertThat(dates("The embargo was lifted 2 weeks ago.", "2024-06-10")).containsExactly("2 weeks ago=2024-W22");
        assertThat(dates("The embargo was lifted six months ago.", "2024-06-10")).containsExactly("six months ago=2023-12");
        assertThat(dates("The embargo was lifted 10 years ago.", "2024-06-10")).containsExactly("10 years ago=2014");
    }

    @Test
    void countsBackAYearAndAHalfToAMonth() {
        assertThat(dates("A year and a half ago President Putin launched this war.", "2023-09-12"))
                .containsExactly("A year and a half ago=2022-03");
        assertThat(dates("Two and a half years ago the regime fell.", "2024-06-10"))
                .containsExactly("Two and a half years ago=2021-12");
    }

    @Test
    void resolvesMonthsByTense() {
        assertThat(dates("Shoigu met Kim in July when he visited North Korea.", "2023-09-04"))
                .containsExactly("July=2023-07");
        assertThat(dates("Shoigu met Kim during his July trip.", "2023-09-04")).containsExactly("July=2023-07");
        assertThat(dates("The leaders met in November.", "2023-09-04")).containsExactly("November=2022-11");
        assertThat(dates("The leaders will meet in November.", "2023-09-04")).containsExactly("November=2023-11");
        assertThat(dates("Prices fell sharply in late November.", "2024-01-15")).containsExactly("November=2023-11");
        assertThat(dates("Output recovered by mid-July.", "2024-09-15")).containsExactly("July=2024-07");
    }

    @Test
    void readsBareYearsInDateContext() {
        assertThat(dates("North Korea has conducted six nuclear tests since 2006.", "2023-09-04")).containsExactly("2006=2006");
        assertThat(dates("It marked the anniversary of the 2019 summit in Vladivostok.", "2023-04-25")).containsExactly("2019=2019");
        assertThat(dates("Border restrictions have been in place since 2020 to contain the pandemic.", "2023-08-01"))
                .containsExactly("2020=2020");
        assertThat(dates("Growth is expected to pick up by mid-2025.", "2024-06-01")).containsExactly("2025=2025");
    }

    @Test
    void readsTodayOfAnEventGoingOnThatDay() {
        assertThat(dates("Rescue helicopters are flying over the valley today to find stranded people.", "1998-01-11"))
                .containsExactly("today=1998-01-11");
        assertThat(dates("Thousands have been demonstrating today against unemployment.", "1998-02-05"))
                .containsExactly("today=1998-02-05");
        assertThat(dates("Fifty years ago one in three workers was in a union, and today the number is one in ten.", "2015-05-07"))
                .containsExactly("Fifty years ago=1965");
    }
}
