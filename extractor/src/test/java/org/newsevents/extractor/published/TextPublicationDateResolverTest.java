package org.newsevents.extractor.published;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.schemas.PublishedFrom;

class TextPublicationDateResolverTest {
    private static final TextPublicationDateResolver RESOLVER = new TextPublicationDateResolver();
    private static final Instant RECEIVED = Instant.parse("2026-02-07T04:23:00Z");

    private static PublishedDate resolve(String text, String feed, Instant received) {
        return RESOLVER.resolve(text, Articles.plainParagraphs(text), feed, received);
    }

    @Test
    void prefersTheFeedDate() {
        assertThat(resolve("April 25, 2023\nStory text.", "2023-04-24", RECEIVED))
                .isEqualTo(new PublishedDate(LocalDate.parse("2023-04-24"), PublishedFrom.FEED));
    }

    @Test
    void acceptsFeedDateTimesInIsoAndRfc1123() {
        assertThat(resolve("x", "2023-08-01T23:30:00-04:00", RECEIVED).date()).isEqualTo("2023-08-01");
        assertThat(resolve("x", "2023-08-01T10:00:00Z", RECEIVED).date()).isEqualTo("2023-08-01");
        assertThat(resolve("x", "Tue, 1 Aug 2023 10:00:00 GMT", RECEIVED).date()).isEqualTo("2023-08-01");
    }

    @Test
    void rejectsAnUnreadableFeedDateWithAClearError() {
        assertThatThrownBy(() -> resolve("x", "yesterday-ish", RECEIVED))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("yesterday-ish");
    }

    @Test
    void readsABareDateLineAtTheTop() {
        assertThat(resolve("April 25, 2023\n1 min read\n\nN.Korea pledges elevated ties with Russia\n", null, RECEIVED))
                .isEqualTo(new PublishedDate(LocalDate.parse("2023-04-25"), PublishedFrom.TEXT));
    }

    @Test
    void readsAnUpdatedByline() {
        assertThat(resolve("City\nUS continues to monitor\nBy IANS | Updated: October 9, 2024 06:55 IST\n", null, RECEIVED).date())
                .isEqualTo("2024-10-09");
    }

    @Test
    void readsAnIsoDateAfterADateMarker() {
        assertThat(resolve(" date 2023-09-04 Russian Defense Minister Sergei Shoigu said Moscow was in talks.", null, RECEIVED).date())
                .isEqualTo("2023-09-04");
    }

    @Test
    void prefersABylineDateToATimestampLineAtTheTopOfThePage() {
        String page = "February 07, 2026 09:53 am (IST)\nFollow us:\nfacebook sharing button\n"
                + "Kim Jong Un arrives in Russia for summit with Vladimir Putin\n\n"
                + "| @indiablooms | Sep 12, 2023, at 03:32 pm\n\nNorth Korean leader Kim Jong Un has arrived in Russia.";
        assertThat(resolve(page, null, RECEIVED).date()).isEqualTo("2023-09-12");
    }

    @Test
    void givesAYearlessDatelineTheYearOfTheTextsDates() {
        String text = "Washington, Oct 9 The US said on Tuesday it was monitoring the report of October 7, 2024.";
        assertThat(resolve(text, null, RECEIVED).date()).isEqualTo("2024-10-09");
    }

    @Test
    void givesAYearlessDatelineTheReceivedYearWhenTheTextHasNone() {
        String text = "WASHINGTON, Aug 1 (Reuters) - The United States imposed sanctions on Monday.";
        assertThat(resolve(text, null, Instant.parse("2023-08-01T18:00:00Z")).date()).isEqualTo("2023-08-01");
        assertThat(resolve(text, null, Instant.parse("2024-01-15T18:00:00Z")).date()).isEqualTo("2023-08-01");
    }

    @Test
    void doesNotTakeADateInTheProseForTheByline() {
        String text = "Iran sanctions\n\nOn Monday, August 1, the Treasury designated six firms that shipped oil.";
        assertThat(resolve(text, null, Instant.parse("2023-08-03T00:00:00Z")))
                .isEqualTo(new PublishedDate(LocalDate.parse("2023-08-03"), PublishedFrom.RECEIVED));
    }

    @Test
    void ignoresDatesAfterTheReceivedTime() {
        String text = "March 5, 2031\nElections are planned.";
        assertThat(resolve(text, null, Instant.parse("2024-01-15T18:00:00Z")).from()).isEqualTo(PublishedFrom.RECEIVED);
    }

    @Test
    void fallsBackToTheReceivedDayInUtc() {
        assertThat(resolve("No date anywhere here.", null, Instant.parse("2024-01-15T23:30:00Z")))
                .isEqualTo(new PublishedDate(LocalDate.parse("2024-01-15"), PublishedFrom.RECEIVED));
    }

    @Test
    void requiresTheReceivedTime() {
        assertThatThrownBy(() -> resolve("x", null, null)).isInstanceOf(NullPointerException.class)
                .hasMessageContaining("receivedAt");
    }
}
