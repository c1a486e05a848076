package org.newsevents.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.RawInput;
import org.newsevents.schemas.Article;

/** Web pages at ingest: kept raw with contentType text/html, refused NO_ARTICLE_TEXT when they hold no article. */
class WebPageIntakeTest {
    private static final Path AP_PAGE = Path.of("..", "web", "src", "test", "resources", "pages",
        "db6b0816c612296c7f1f001c6df874214fcca0da0fc86fb3aea9358c7f681754.html.gz");
    private final ArticleValidator validator = new ArticleValidator(2_000_000);

    private static byte[] apPage() throws IOException {
        try (InputStream in = new GZIPInputStream(Files.newInputStream(AP_PAGE))) {
            return in.readAllBytes();
        }
    }

    @Test
    void aNewsPageIsKeptRawAndMarkedAsHtmlWithItsLanguageFromTheBody() throws Exception {
        byte[] page = apPage();
        ArticleIntake intake = new ArticleIntake(validator, new ArticleFactory(), LanguageIdentifier.get(), Clock.systemUTC());
        Intake result = intake.process(RawInput.text("esper.html", page));
        assertThat(result).isInstanceOf(Intake.Accepted.class);
        Article article = ((Intake.Accepted) result).article();
        assertThat(article.getText()).isEqualTo(new String(page, StandardCharsets.UTF_8));
        assertThat(article.getContentType()).isEqualTo("text/html");
        assertThat(article.getLanguage()).isEqualTo("eng");
    }

    @Test
    void aScriptOnlyPageIsRefusedWithNoArticleText() {
        byte[] page = "<!doctype html><html><head><script src=app.js></script></head><body><div id=root></div></body></html>"
            .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> validator.plainText(page, page.length)).isInstanceOfSatisfying(InvalidArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.NO_ARTICLE_TEXT));
    }

    @Test
    void aPaywallStubIsRefusedWithNoArticleText() {
        byte[] page = ("<html><body><header><nav><a href=/>Home</a> <a href=/world>World</a></nav></header>"
            + "<div class=paywall><a href=/subscribe>Subscribe to read</a></div><footer>© News</footer></body></html>")
            .getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> validator.plainText(page, page.length)).isInstanceOfSatisfying(InvalidArticleException.class,
            e -> assertThat(e.reason()).isEqualTo(RejectReason.NO_ARTICLE_TEXT));
    }

    @Test
    void aJsonLinesItemCarryingAPageIsAWebPageWithItsUrl() throws Exception {
        String html = new String(apPage(), StandardCharsets.UTF_8);
        String json = new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(
            java.util.Map.of("text", html, "url", "https://www.example.com/2019/11/20/esper"));
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        FeedItem item = validator.jsonObject(bytes, bytes.length);
        assertThat(item.contentType()).isEqualTo("text/html");
        assertThat(item.url()).isEqualTo("https://www.example.com/2019/11/20/esper");
        assertThat(item.languageText()).startsWith("HANOI, Vietnam (AP)");
    }

    @Test
    void proseThatMentionsATagStaysPlainText() throws Exception {
        byte[] text = "The <b> element makes text bold, the committee said.\n".getBytes(StandardCharsets.UTF_8);
        assertThat(validator.plainText(text, text.length).contentType()).isNull();
    }
}
