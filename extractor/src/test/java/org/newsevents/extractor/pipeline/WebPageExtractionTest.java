package org.newsevents.extractor.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.PublishedFrom;
import org.newsevents.schemas.Statement;

/** A real AP story as its newspaper site serves it (from the article-body benchmark; web/src/test/resources/pages). */
class WebPageExtractionTest {
    private static final Path AP_PAGE = Path.of("..", "web", "src", "test", "resources", "pages",
        "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754.html.gz");
    private static ArticleExtractor extractor;
    private static String html;

    @BeforeAll
    static void load() throws IOException {
        extractor = Extractors.defaults().newExtractor();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(AP_PAGE))) {
            html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Article page(String text, String published) {
        return Article.newBuilder().setId("page-1").setSource("https://www.chron.com/news/world/article/x.php")
            .setUrl("https://www.chron.com/news/world/article/Esper-says-US-14848382.php").setPublished(published)
            .setReceivedAt(Instant.parse("2026-11-22T00:00:00Z")).setText(text).setContentType("text/html").build();
    }

    @Test
    void eventOffsetsReferToTheBodyTheSummaryCarries() {
        Extraction x = extractor.extract(page(html, null));
        ArticleSummary summary = x.summary();
        String body = summary.getBody();
        assertThat(body).startsWith("HANOI, Vietnam (AP) — U.S. Defense Secretary Mark Esper").doesNotContain("<p");
        assertThat(x.statements()).isNotEmpty();
        for (Statement s : x.statements()) {
            assertThat(body.substring(s.getStart(), s.getEnd())).isEqualTo(s.getQuote());
        }
        assertThat(x.statements()).extracting(s -> s.getSpeaker().getName()).anyMatch(n -> n.contains("Esper"));
    }

    @Test
    void thePagesMetadataGivesHeadlineAndPublicationDate() {
        ArticleSummary summary = extractor.extract(page(html, null)).summary();
        assertThat(summary.getHeadline()).isEqualTo("Esper accuses China of intimidating smaller Asian nations");
        assertThat(summary.getPublished()).isEqualTo("2019-11-20");
        assertThat(summary.getPublishedFrom()).isEqualTo(PublishedFrom.PAGE);
    }

    @Test
    void aFeedDateStillWinsOverThePage() {
        ArticleSummary summary = extractor.extract(page(html, "2019-11-21")).summary();
        assertThat(summary.getPublishedFrom()).isEqualTo(PublishedFrom.FEED);
        assertThat(summary.getPublished()).isEqualTo("2019-11-21");
    }

    @Test
    void aPageWithoutArticleTextIsRejectedWithItsReason() {
        assertThatThrownBy(() -> extractor.extract(page("<html><body><div id=app></div><script>boot()</script></body></html>", null)))
            .isInstanceOfSatisfying(ArticleRejectedException.class,
                e -> assertThat(e.reasonCode()).isEqualTo(ArticleRejectedException.NO_ARTICLE_TEXT));
    }

    @Test
    void plainTextKeepsItsOffsetsOnTheTextAndNoBody() {
        Article plain = Article.newBuilder().setId("t").setSource("t.txt").setReceivedAt(Instant.parse("2026-11-22T00:00:00Z"))
            .setUrl("https://example.com/2018/07/26/story")
            .setText("The minister said on Monday that the talks would continue, officials added.\n").build();
        ArticleSummary summary = extractor.extract(plain).summary();
        assertThat(summary.getBody()).isNull();
        assertThat(summary.getPublishedFrom()).isEqualTo(PublishedFrom.URL);
        assertThat(summary.getPublished()).isEqualTo("2018-07-26");
    }
}
