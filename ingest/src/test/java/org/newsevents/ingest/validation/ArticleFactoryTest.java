package org.newsevents.ingest.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.schemas.Article;

class ArticleFactoryTest {
    private final ArticleFactory factory = new ArticleFactory();
    private final Instant now = Instant.parse("2026-01-02T03:04:05Z");

    @Test
    void idIsSha256OfTheText() throws Exception {
        Article a = factory.create(FeedItem.ofText("Some text."), "a.txt", "eng", now);
        assertThat(a.getId()).isEqualTo(ContentHash.sha256Hex("Some text.")).hasSize(64);
        assertThat(a.getSource()).isEqualTo("a.txt");
        assertThat(a.getReceivedAt()).isEqualTo(now);
        assertThat(a.getLanguage()).isEqualTo("eng");
        assertThat(a.getText()).isEqualTo("Some text.");
        assertThat(a.getPublished()).isNull();
    }

    @Test
    void sameTextGivesSameId() throws Exception {
        assertThat(factory.create(FeedItem.ofText("x"), "a", "eng", now).getId())
            .isEqualTo(factory.create(FeedItem.ofText("x"), "b", "eng", now.plusSeconds(5)).getId());
    }

    @Test
    void feedIdAndFieldsWin() throws Exception {
        Article a = factory.create(new FeedItem("T", " feed-42 ", "reuters", "http://x", "Title", "2024-02-29"), "f.jsonl:1", "eng", now);
        assertThat(a.getId()).isEqualTo("feed-42");
        assertThat(a.getSource()).isEqualTo("reuters");
        assertThat(a.getUrl()).isEqualTo("http://x");
        assertThat(a.getTitle()).isEqualTo("Title");
        assertThat(a.getPublished()).isEqualTo("2024-02-29");
    }

    @Test
    void reducesPublishedDateTimeToItsDate() throws Exception {
        assertThat(ArticleFactory.published("2024-03-01T23:30:00-05:00")).isEqualTo("2024-03-01");
        assertThat(ArticleFactory.published("2024-03-01T10:00:00Z")).isEqualTo("2024-03-01");
        assertThat(ArticleFactory.published("  ")).isNull();
    }

    @Test
    void rejectsInvalidPublished() {
        for (String bad : new String[] {"yesterday", "2024-02-30", "01/03/2024", "2024-03-01T10:00:00"}) {
            assertThatThrownBy(() -> factory.create(new FeedItem("T", null, null, null, null, bad), "s", "eng", now))
                .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_PUBLISHED));
        }
    }

    @Test
    void rejectsBlankOrOverlongFeedId() {
        assertThatThrownBy(() -> ArticleFactory.id(new FeedItem("T", "  ", null, null, null, null)))
            .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_FIELD));
        assertThatThrownBy(() -> ArticleFactory.id(new FeedItem("T", "x".repeat(257), null, null, null, null)))
            .isInstanceOfSatisfying(InvalidArticleException.class, e -> assertThat(e.reason()).isEqualTo(RejectReason.INVALID_FIELD));
    }
}
