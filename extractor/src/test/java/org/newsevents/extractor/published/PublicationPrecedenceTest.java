package org.newsevents.extractor.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.newsevents.schemas.PublishedFrom;

class PublicationPrecedenceTest {
    private static final PublicationPrecedence PRECEDENCE = new PublicationPrecedence(new TextPublicationDateResolver());
    private static final Instant RECEIVED = Instant.parse("2026-11-22T00:00:00Z");
    private static final String DATELINED = "WASHINGTON, March 3, 2021 (Reuters) - The council met and agreed the budget for the coming year.\n";
    private static final String UNDATED = "The council met and agreed the budget for the coming year, officials said.\n";
    private static final String DATED_URL = "https://example.com/news/2018/07/26/council-budget";
    private static final Optional<LocalDate> PAGE_DAY = Optional.of(LocalDate.of(2020, 5, 4));

    private static PublishedDate resolve(String text, String feed, Optional<LocalDate> page, String url) {
        return PRECEDENCE.resolve(text, List.of(), feed, page, url, RECEIVED);
    }

    @Test
    void theFeedDateWinsOverEverything() {
        assertThat(resolve(DATELINED, "2022-01-02", PAGE_DAY, DATED_URL))
            .isEqualTo(new PublishedDate(LocalDate.of(2022, 1, 2), PublishedFrom.FEED));
    }

    @Test
    void pageMetadataWinsOverTheTextAndTheUrl() {
        assertThat(resolve(DATELINED, null, PAGE_DAY, DATED_URL)).isEqualTo(new PublishedDate(PAGE_DAY.get(), PublishedFrom.PAGE));
    }

    @Test
    void theTextsDatelineWinsOverTheUrl() {
        assertThat(resolve(DATELINED, null, Optional.empty(), DATED_URL))
            .isEqualTo(new PublishedDate(LocalDate.of(2021, 3, 3), PublishedFrom.TEXT));
    }

    @Test
    void aCrawledItemWithoutDateGetsTheDateInItsUrl() {
        assertThat(resolve(UNDATED, null, Optional.empty(), DATED_URL))
            .isEqualTo(new PublishedDate(LocalDate.of(2018, 7, 26), PublishedFrom.URL));
        assertThat(resolve(UNDATED, "", Optional.empty(), "https://www.example.com/world/2018/jul/26/story"))
            .isEqualTo(new PublishedDate(LocalDate.of(2018, 7, 26), PublishedFrom.URL));
    }

    @Test
    void nothingDatedLeavesTheReceivedDay() {
        assertThat(resolve(UNDATED, null, Optional.empty(), "https://example.com/news/council-budget"))
            .isEqualTo(new PublishedDate(LocalDate.of(2026, 11, 22), PublishedFrom.RECEIVED));
        assertThat(resolve(UNDATED, null, Optional.empty(), null).from()).isEqualTo(PublishedFrom.RECEIVED);
    }
}
