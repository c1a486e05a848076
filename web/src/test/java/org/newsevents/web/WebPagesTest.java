package org.newsevents.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.newsevents.web.bench.ShingleScore;

class WebPagesTest {
    private static final com.fasterxml.jackson.databind.JsonNode GOLD = gold();

    private static com.fasterxml.jackson.databind.JsonNode gold() {
        try {
            return new com.fasterxml.jackson.databind.ObjectMapper().readTree(WebPagesTest.class.getResource("/pages/ground-truth.json"));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static double f1(String id, String body) {
        ShingleScore s = ShingleScore.of(GOLD.path(id).path("articleBody").asText(), body);
        return 2 * s.precision() * s.recall() / (s.precision() + s.recall());
    }

    @Test
    void aPageWrappedInOneFormStillGivesItsBodyAndMetadata() {
        WebPage page = WebPages.read(TestPages.html(TestPages.AL_JAZEERA), "https://www.aljazeera.com/ajimpact/x.html");
        assertThat(page.body()).startsWith("Washington, DC, United States: Getting to the Moon");
        assertThat(f1(TestPages.AL_JAZEERA, page.body())).isGreaterThan(0.9);
        assertThat(page.headline()).contains("NASA’s commercial moon shot: Musk's and Bezos's firms to bid");
        assertThat(page.published()).contains(LocalDate.of(2019, 11, 19));
        assertThat(page.author()).contains("Laura Winter");
        assertThat(page.canonicalUrl()).hasValueSatisfying(u -> assertThat(u).startsWith("https://www.aljazeera.com/ajimpact/"));
    }

    @Test
    void captionsAndCreditsAroundTheStoryAreNotBody() {
        WebPage page = WebPages.read(TestPages.html(TestPages.AP_ON_CHRON), "https://www.chron.com/news/world/article/x.php");
        assertThat(page.body()).startsWith("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper");
        assertThat(page.body()).doesNotContain("Photo: Hau Dinh, AP").doesNotContain("shake hands in Hanoi");
        assertThat(page.body()).contains("\n\n");
        assertThat(f1(TestPages.AP_ON_CHRON, page.body())).isGreaterThan(0.95);
        assertThat(page.published()).contains(LocalDate.of(2019, 11, 20));
    }

    @Test
    void pageMetadataDateIsTheDayThePageStatesNotTheUrlDay() {
        WebPage page = WebPages.read(TestPages.html(TestPages.CNN), "https://www.cnn.com/2019/11/18/investing/asian-market-latest/index.html");
        assertThat(page.published()).contains(LocalDate.of(2019, 11, 19));
        assertThat(page.headline()).contains("Investors don't seem to know what to make of the US-China trade war");
    }

    @Test
    void aScriptOnlyPageOrAStubHasNoArticleText() {
        assertThat(WebPages.read("<html><head><script>var app = {};</script></head><body><div id=app></div>"
            + "<script>render(app)</script></body></html>", null).hasArticleText()).isFalse();
        assertThat(WebPages.read("<html><body><nav><a href=/>Home</a></nav></body></html>", null).hasArticleText()).isFalse();
    }

    @Test
    void languageComesFromTheHtmlElement() {
        WebPage page = WebPages.read("<html lang=\"en-GB\"><head><meta property=\"article:published_time\" content=\"2024-03-01T23:30:00-05:00\">"
            + "</head><body><article><p>" + "The council met on Tuesday and agreed the budget for the coming year. ".repeat(5)
            + "</p></article></body></html>", null);
        assertThat(page.language()).contains("en-GB");
        assertThat(page.published()).as("the day as the page states it, not moved to UTC").contains(LocalDate.of(2024, 3, 1));
        assertThat(page.hasArticleText()).isTrue();
    }

    @Test
    void htmlIsToldFromProseByItsMarkup() {
        assertThat(WebPages.looksLikeHtml("<!DOCTYPE html><html><body></body></html>")).isTrue();
        assertThat(WebPages.looksLikeHtml("  <div><p>Fragment</p></div>")).isTrue();
        assertThat(WebPages.looksLikeHtml("WASHINGTON (AP) — The <b> tag is mentioned </b> in prose.")).isFalse();
        assertThat(WebPages.looksLikeHtml("page.html", new byte[0])).isTrue();
        assertThat(WebPages.isHtmlMediaType("text/html; charset=utf-8")).isTrue();
        assertThat(WebPages.isHtmlMediaType("text/plain")).isFalse();
    }
}
