package org.newsevents.extractor.published;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.dates.SeedCorpus;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.schemas.PublishedFrom;

/** The gold `published` of all five seeds, from raw text with no boilerplate flags and no feed date. */
class SeedPublicationDatesTest {
    private static final TextPublicationDateResolver RESOLVER = new TextPublicationDateResolver();

    @Test
    void resolvesAllFiveSeedsFromTheirTextWhenIngestedLive() {
        int correct = 0;
        for (String seed : SeedCorpus.SEEDS) {
            String text = Articles.seed(seed);
            LocalDate gold = LocalDate.parse(SeedCorpus.gold(seed).get("published").asText());
            // received a few hours after publication, as by a live feed poller
            Instant received = gold.plusDays(1).atTime(6, 0).toInstant(ZoneOffset.UTC);
            PublishedDate resolved = RESOLVER.resolve(text, Articles.plainParagraphs(text), null, received);
            assertThat(resolved.from()).as(seed).isEqualTo(PublishedFrom.TEXT);
            assertThat(resolved.date()).as(seed).isEqualTo(gold);
            correct++;
        }
        assertThat(correct).isEqualTo(5);
    }

    @Test
    void resolvesTheSeedsWithAYearInTheirDateLineWhenScrapedYearsLater() {
        Instant scraped = Instant.parse("2026-02-07T04:23:00Z");
        for (String seed : SeedCorpus.SEEDS.subList(1, 5)) {
            String text = Articles.seed(seed);
            LocalDate gold = LocalDate.parse(SeedCorpus.gold(seed).get("published").asText());
            assertThat(RESOLVER.resolve(text, Articles.plainParagraphs(text), null, scraped).date()).as(seed).isEqualTo(gold);
        }
    }
}
