package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class EntryPublisherTest {
    private static FeedEntry entry(String key) {
        return new FeedEntry(key, "https://example.org/a", "t", null, null, "s", true);
    }

    @Test
    void guidThatIsAUriIsTheIdAndABareGuidIsMadeGlobalWithTheFeed() {
        assertThat(EntryPublisher.id(entry("guid:https://example.org/2018/jan/31/story"), "https://example.org/rss"))
            .isEqualTo("https://example.org/2018/jan/31/story");
        assertThat(EntryPublisher.id(entry("guid:12345"), "https://example.org/rss")).isEqualTo("https://example.org/rss#12345");
        assertThat(EntryPublisher.id(entry("link:https://example.org/a"), "https://example.org/rss")).isEqualTo("https://example.org/a");
        assertThat(EntryPublisher.id(entry("hash:abc"), "https://example.org/rss")).isNull();
    }

    @Test
    void overlongIdsAreHashed() {
        String id = EntryPublisher.id(entry("guid:https://example.org/" + "x".repeat(400)), "https://example.org/rss");
        assertThat(id).hasSize(64).matches("[0-9a-f]+");
    }

    @Test
    void pageCharsetComesFromBomThenHeaderThenMeta() {
        byte[] latin = "<html><head><meta charset=\"iso-8859-1\"></head><body>caf\u00e9</body></html>".getBytes(StandardCharsets.ISO_8859_1);
        assertThat(PageDecoder.decode(latin, Optional.empty())).contains("caf\u00e9");
        assertThat(PageDecoder.decode(latin, Optional.of(Charset.forName("windows-1252")))).contains("caf\u00e9");
        byte[] httpEquiv = "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"><p>\u201cq\u201d</p>"
            .getBytes(Charset.forName("windows-1252"));
        assertThat(PageDecoder.decode(httpEquiv, Optional.empty())).contains("\u201cq\u201d");
        byte[] utf8 = "<p>na\u00efve</p>".getBytes(StandardCharsets.UTF_8);
        assertThat(PageDecoder.decode(utf8, Optional.empty())).isEqualTo("<p>na\u00efve</p>");
        assertThat(PageDecoder.looksLikeText(new byte[] {'%', 'P', 'D', 'F', 0, 1})).isFalse();
    }
}
