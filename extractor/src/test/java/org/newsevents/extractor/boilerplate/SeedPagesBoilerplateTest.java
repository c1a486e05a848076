package org.newsevents.extractor.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.testing.Articles;
import org.newsevents.extractor.text.Paragraph;

/** The seed pages: which lines are article content. Every gold event must lie in content. */
class SeedPagesBoilerplateTest {
    private static final HeuristicBoilerplateClassifier CLASSIFIER = new HeuristicBoilerplateClassifier();

    private static List<String> content(String seed) {
        return CLASSIFIER.classify(Articles.seed(seed)).stream().filter(p -> !p.boilerplate()).map(p -> p.text().strip()).toList();
    }

    private static List<String> boilerplate(String seed) {
        return CLASSIFIER.classify(Articles.seed(seed)).stream().filter(Paragraph::boilerplate).map(p -> p.text().strip()).toList();
    }

    @Test
    void wireCopySeedsAreAllContent() {
        assertThat(boilerplate("000_28892a26cdc44105.txt")).isEmpty();
        assertThat(boilerplate("001_1a496bfdc040521a.txt")).isEmpty();
    }

    @Test
    void seed002KeepsHeadlineCaptionBylineAndStoryButNotChromeTickerOrDonationAppeal() {
        List<String> content = content("002_0b1264241c366305.txt");
        assertThat(content.get(0)).startsWith("Train carrying North Korean leader");
        assertThat(content.get(1)).isEqualTo("North Korean leader Kim Jong Un arrives in Russia for summit with Vladimir Putin, US threatens sanctions");
        assertThat(content.get(2)).isEqualTo("| @indiablooms | Sep 12, 2023, at 03:32 pm");
        assertThat(content.get(content.size() - 1)).startsWith("He argued that Putin");
        assertThat(content).hasSize(14);
        assertThat(boilerplate("002_0b1264241c366305.txt")).contains(
                "February 07, 2026 09:53 am (IST)", "Follow us:", "Kim Jong Un", "Support Our Journalism",
                "Support objective journalism for a small contribution.");
    }

    @Test
    void seed003RelatedStoriesListAndWidgetsAreBoilerplate() {
        List<String> content = content("003_be7b42b11361cc58.txt");
        assertThat(content.get(0)).isEqualTo("US continues to monitor N. Korea's support for Russia: Pentagon");
        assertThat(content.get(1)).isEqualTo("By IANS | Updated: October 9, 2024 06:55 IST");
        assertThat(content.get(2)).startsWith("Washington, Oct 9 The US continues").endsWith("has said, ...");
        assertThat(content.get(content.size() - 1)).startsWith("The treaty has led to");
        assertThat(content).hasSize(12);
        List<String> boilerplate = boilerplate("003_be7b42b11361cc58.txt");
        assertThat(boilerplate).contains("City", "Epaper", "Open in App", "Related Stories", "International Realted Stories");
        assertThat(boilerplate).anyMatch(l -> l.startsWith("Disclaimer:"));
        assertThat(boilerplate).anyMatch(l -> l.startsWith("InternationalUN warns"));
        assertThat(boilerplate).anyMatch(l -> l.startsWith("Aurangabad"));
    }

    @Test
    void seed004LatestFromAndDontMissBlocksAreBoilerplate() {
        List<String> content = content("004_63df4701a077cafa.txt");
        assertThat(content.get(0)).isEqualTo("April 25, 2023");
        assertThat(content.get(1)).isEqualTo("N.Korea pledges elevated ties with Russia");
        assertThat(content.get(content.size() - 1)).startsWith("North Korean arms exports are banned");
        assertThat(content).hasSize(10);
        assertThat(boilerplate("004_63df4701a077cafa.txt")).contains(
                "1 min read", "ALSO READ: Beijing walks tightrope between Russia-Ukraine conflict and EU trade",
                "Previous Story", "RAF plane lands in Sudan as UK begins evacuations", "Latest from -Top News",
                "Vance Defends US Sanctions, Tariffs on India", "Go toTop", "Don't Miss",
                "UN: India abstains on resolution by Russia");
    }
}
