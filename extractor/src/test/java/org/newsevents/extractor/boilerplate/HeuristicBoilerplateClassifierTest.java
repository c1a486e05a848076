package org.newsevents.extractor.boilerplate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.text.Paragraph;

class HeuristicBoilerplateClassifierTest {
    private static final HeuristicBoilerplateClassifier CLASSIFIER = new HeuristicBoilerplateClassifier();
    private static final String BODY_1 = "The foreign minister said on Monday that the government would respond to the new measures "
            + "within days, adding that talks with its neighbours would continue.";
    private static final String BODY_2 = "Officials in the capital declined to comment on the report, which cited three people "
            + "familiar with the negotiations and a leaked draft of the agreement.";

    private static String reasonOf(List<Paragraph> ps, String lineStart) {
        return ps.stream().filter(p -> p.text().startsWith(lineStart)).findFirst()
                .map(p -> p.boilerplate() ? p.boilerplateReason() : "CONTENT")
                .orElseThrow(() -> new AssertionError("no line starts with " + lineStart));
    }

    @Test
    void keepsExactLineOffsetsWithoutCarriageReturns() {
        String text = "Headline of the story here\r\n\r\n  Indented body line.\nLast";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(ps).hasSize(3);
        for (Paragraph p : ps) {
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
            assertThat(p.text()).doesNotContain("\r", "\n");
        }
        assertThat(ps).extracting(Paragraph::index).containsExactly(0, 1, 2);
    }

    @Test
    void relatedStoriesMarkerAfterTheBodyMakesTheRestBoilerplate() {
        String text = "Minister vows response to new measures\n\n" + BODY_1 + "\n\n" + BODY_2 + "\n\nRelated Stories\n\n"
                + "Iran warns of sanctions after talks collapse\n\nEU weighs embargo on oil imports, diplomats say\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Related Stories")).isEqualTo("RELATED");
        assertThat(reasonOf(ps, "Iran warns")).isEqualTo("RELATED_REGION");
        assertThat(reasonOf(ps, "EU weighs")).isEqualTo("RELATED_REGION");
        assertThat(reasonOf(ps, "The foreign minister")).isEqualTo("CONTENT");
        assertThat(reasonOf(ps, "Minister vows")).isEqualTo("CONTENT");
    }

    @Test
    void articleProseResumingAfterAnInlineRelatedBoxIsContentAgain() {
        String text = BODY_1 + "\n\nMore from Asia\n\nJapan sanctions three firms over missile parts\n\n"
                + BODY_2 + "\n\n" + BODY_1.replace("Monday", "Tuesday") + "\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Japan sanctions")).isEqualTo("RELATED_REGION");
        assertThat(reasonOf(ps, "Officials in the capital")).isEqualTo("CONTENT");
        assertThat(reasonOf(ps, "The foreign minister said on Tuesday")).isEqualTo("CONTENT");
    }

    @Test
    void teasersOfOtherStoriesDoNotEndATrailingRegion() {
        String text = BODY_1 + "\n\n" + BODY_2 + "\n\nLatest from World\n\nSeoul Rejects Pyongyang Claim\n\n"
                + "During his two-day visit, the first in 13 years, the envoy made the claims after meeting the interim advisor and\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Seoul Rejects")).isEqualTo("LATEST_REGION");
        assertThat(reasonOf(ps, "During his two-day")).isEqualTo("LATEST_REGION");
    }

    @Test
    void donationAppealIsBoilerplateEvenWhenItIsProse() {
        String text = BODY_1 + "\n\nSupport Our Journalism\n\nWe are an independent outlet that is not driven by any party, "
                + "ideology or owner, and we want to serve you good old objective news, as they are, every day.\n\n"
                + "Support objective journalism for a small contribution.\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Support Our")).isEqualTo("DONATION");
        assertThat(reasonOf(ps, "We are an independent")).isEqualTo("DONATION_REGION");
        assertThat(reasonOf(ps, "Support objective")).isEqualTo("DONATION");
    }

    @Test
    void headlineTickerWithManyPipeSeparatedFragmentsIsBoilerplate() {
        String ticker = "Big call from the central bank: rates stay put | Court issues warrant against the whistle-blower "
                + "| Star batter says team ready for the final | Supreme Court orders state to clear its pending dues";
        List<Paragraph> ps = CLASSIFIER.classify(ticker + "\n" + BODY_1 + "\nBy Staff Reporter | Updated: May 2, 2024\n");
        assertThat(reasonOf(ps, "Big call")).isEqualTo("TICKER");
        assertThat(reasonOf(ps, "By Staff Reporter")).isEqualTo("CONTENT");
    }

    @Test
    void linkListWithGluedSectionNamesIsBoilerplate() {
        String text = BODY_1 + "\nWorldIran warns of retaliation after new sanctions\n"
                + "Kathmandu\u201cWe will not yield\u201d: protesters defy curfew\n"
                + "MarketplaceGold hits record as investors seek safety\nHollywoodStar sues studio over contract\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "WorldIran")).isEqualTo("LINK_LIST");
        assertThat(reasonOf(ps, "Kathmandu")).isEqualTo("LINK_LIST");
        assertThat(reasonOf(ps, "MarketplaceGold")).isEqualTo("LINK_LIST");
        assertThat(reasonOf(ps, "HollywoodStar")).isEqualTo("LINK_LIST");
    }

    @Test
    void oneCamelCaseBrandAtALineStartIsNotALinkList() {
        List<Paragraph> ps = CLASSIFIER.classify("PlayStation maker said on Friday that its sales rose sharply in the quarter.\n" + BODY_1);
        assertThat(reasonOf(ps, "PlayStation")).isEqualTo("CONTENT");
    }

    @Test
    void shareButtonsFollowLinksAndWidgetsAreBoilerplate() {
        String text = "Follow us:\nfacebook-white sharing button\nShare\nOpen in App\nEpaper\n3 min read\nGo to Top\n"
                + "Advertisement\n" + BODY_1;
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Follow us")).isEqualTo("SOCIAL");
        assertThat(reasonOf(ps, "facebook-white")).isEqualTo("SOCIAL");
        assertThat(reasonOf(ps, "Share")).isEqualTo("SOCIAL");
        assertThat(reasonOf(ps, "Open in App")).isEqualTo("WIDGET");
        assertThat(reasonOf(ps, "Epaper")).isEqualTo("WIDGET");
        assertThat(reasonOf(ps, "3 min read")).isEqualTo("READ_TIME");
        assertThat(reasonOf(ps, "Go to Top")).isEqualTo("WIDGET");
        assertThat(reasonOf(ps, "Advertisement")).isEqualTo("WIDGET");
        assertThat(reasonOf(ps, "The foreign minister")).isEqualTo("CONTENT");
    }

    @Test
    void disclaimersCopyrightAndCreditsAreBoilerplateButCaptionsAreNot() {
        String text = BODY_1 + "\nDisclaimer: This story is auto-generated from a syndicated feed.\n"
                + "\u00a9 2024 Example Media. All rights reserved.\nSource: Agencies\n(With inputs from Reuters)\n"
                + "Photo: AFP\nThe minister arrives at the summit in Brussels. Photo Courtesy: Reuters\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Disclaimer")).isEqualTo("DISCLAIMER");
        assertThat(reasonOf(ps, "\u00a9 2024")).isEqualTo("COPYRIGHT");
        assertThat(reasonOf(ps, "Source: Agencies")).isEqualTo("CREDIT");
        assertThat(reasonOf(ps, "(With inputs")).isEqualTo("CREDIT");
        assertThat(reasonOf(ps, "Photo: AFP")).isEqualTo("CREDIT");
        assertThat(reasonOf(ps, "The minister arrives")).isEqualTo("CONTENT");
    }

    @Test
    void alsoReadLineAndPreviousNextStoryTitlesAreBoilerplate() {
        String text = BODY_1 + "\nALSO READ: Beijing walks tightrope between rivals\n" + BODY_2
                + "\nPrevious Story\nPlane lands in Sudan as evacuations begin\nNext Story\nG7 to aid farm growth\n";
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "ALSO READ")).isEqualTo("ALSO_READ");
        assertThat(reasonOf(ps, "Previous Story")).isEqualTo("PREV_NEXT");
        assertThat(reasonOf(ps, "Plane lands")).isEqualTo("PREV_NEXT");
        assertThat(reasonOf(ps, "G7 to aid")).isEqualTo("PREV_NEXT");
        assertThat(reasonOf(ps, "Officials in the capital")).isEqualTo("CONTENT");
    }

    @Test
    void shortTitleCaseLinesNextToChromeAreNavigationButAHeadlineAboveItsBylineStays() {
        String text = "Home\nWorld\nBusiness\nSports\nShare\nKim Jong Un\nSanctions Bite Hard\nBy Jane Doe | May 2, 2024\n" + BODY_1;
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Home")).isEqualTo("WIDGET");
        assertThat(reasonOf(ps, "World")).isEqualTo("NAV");
        assertThat(reasonOf(ps, "Sports")).isEqualTo("NAV");
        assertThat(reasonOf(ps, "Kim Jong Un")).isEqualTo("NAV");
        assertThat(reasonOf(ps, "Sanctions Bite Hard")).isEqualTo("CONTENT");
        assertThat(reasonOf(ps, "By Jane Doe")).isEqualTo("CONTENT");
    }

    @Test
    void pageDateStampInChromeIsBoilerplateWhenTheStoryCarriesItsOwnDate() {
        String text = "February 07, 2026 09:53 am (IST)\nFollow us:\nSanctions Bite Hard On Exporters\n"
                + "| @agency | Sep 12, 2023, at 03:32 pm\n" + BODY_1;
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "February 07")).isEqualTo("PAGE_STAMP");
        assertThat(reasonOf(ps, "| @agency")).isEqualTo("CONTENT");
    }

    @Test
    void theStorysOwnDateLineStays() {
        String text = "April 25, 2023\n1 min read\nNorth pledges elevated ties with Moscow\n" + BODY_1;
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "April 25, 2023")).isEqualTo("CONTENT");
        assertThat(reasonOf(ps, "1 min read")).isEqualTo("READ_TIME");
    }

    @Test
    void aListMarkerInThePageHeaderCoversOnlyItsLinksNotTheStory() {
        String text = "Trending\nOil Prices Jump\nMarkets Slide On Rate Fears\nMinister vows response to new measures\n"
                + "By Jane Doe | May 2, 2024\n" + BODY_1 + "\n" + BODY_2;
        List<Paragraph> ps = CLASSIFIER.classify(text);
        assertThat(reasonOf(ps, "Trending")).isEqualTo("RELATED");
        assertThat(reasonOf(ps, "Oil Prices Jump")).isEqualTo("RELATED_REGION");
        assertThat(reasonOf(ps, "Markets Slide")).isEqualTo("RELATED_REGION");
        assertThat(reasonOf(ps, "Minister vows")).isEqualTo("CONTENT");
        assertThat(reasonOf(ps, "The foreign minister")).isEqualTo("CONTENT");
        assertThat(reasonOf(ps, "Officials")).isEqualTo("CONTENT");
    }

    @Test
    void plainArticleHasNoBoilerplate() {
        String text = "Washington, Oct 9 " + BODY_1 + "\n\n\"We will respond,\" the minister said.\n\n" + BODY_2;
        assertThat(CLASSIFIER.classify(text)).noneMatch(Paragraph::boilerplate);
    }

    @Test
    void oneMegabyteLineIsOneParagraph() {
        String line = "word ".repeat(200_000);
        List<Paragraph> ps = CLASSIFIER.classify(line);
        assertThat(ps).hasSize(1);
        assertThat(ps.get(0).end()).isEqualTo(line.length());
    }

    @Test
    void isSafeToShareAcrossThreads() throws Exception {
        String text = "Related Stories\n" + BODY_1 + "\nFollow us:\n" + BODY_2;
        List<Paragraph> expected = CLASSIFIER.classify(text);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Paragraph>>> jobs = java.util.Collections.nCopies(40, () -> CLASSIFIER.classify(text));
            for (Future<List<Paragraph>> f : pool.invokeAll(jobs)) {
                assertThat(f.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
