package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Real-world feeds from src/test/resources/feeds (see SOURCE.md there) through Rome. */
class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    private List<FeedEntry> parse(String fixture, String contentType, String url) throws InvalidFeedException {
        return parser.parse(FeedServer.fixture(fixture), contentType, URI.create(url));
    }

    @Test
    void rss2WithGuidsGivesGuidKeysAbsoluteLinksAndGmtDates() throws Exception {
        List<FeedEntry> entries = parse("guardian.rss", "application/rss+xml", "https://www.theguardian.com/us/rss");
        assertThat(entries).hasSize(55);
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.key()).startsWith("guid:https://www.theguardian.com/");
            assertThat(e.link()).startsWith("https://www.theguardian.com/");
            assertThat(e.published()).isNotNull();
            assertThat(e.hasContent()).isFalse();
            assertThat(e.summary()).isNotBlank();
        });
        assertThat(entries).extracting(FeedEntry::key).doesNotHaveDuplicates();
    }

    @Test
    void rfc822DateWithNamedZoneAndNoWeekdayIsRead() throws Exception {
        List<FeedEntry> entries = parse("itunes-category.rss", null, "http://www.taverncast.com/feed");
        // 07 Nov 2015 12:00:00 EST
        assertThat(entries.get(0).published()).isEqualTo(Instant.parse("2015-11-07T17:00:00Z"));
    }

    @Test
    void declaredIso88591IsDecodedAndMissingGuidsFallBackToTheLink() throws Exception {
        List<FeedEntry> entries = parse("encoding.rss", "text/xml", "http://feeds.jn.pt/JN-ULTIMAS");
        assertThat(entries).hasSize(40);
        assertThat(entries).allSatisfy(e -> assertThat(e.key()).isEqualTo("link:" + e.link()));
        assertThat(entries).extracting(FeedEntry::title).anyMatch(t -> t.matches(".*[çãéáõí].*"))
            .noneMatch(t -> t.contains("\uFFFD"));
    }

    @Test
    void enclosuresAndLegacyRssParse() throws Exception {
        List<FeedEntry> entries = parse("heraldsun.rss", null, "http://www.oreilly.com/example/rss.xml");
        assertThat(entries).hasSize(2);
        assertThat(entries).extracting(FeedEntry::link).allMatch(l -> l.startsWith("http://"));
    }

    @Test
    void contentEncodedInCdataIsTheFullText() throws Exception {
        List<FeedEntry> entries = parse("content-encoded.rss", "application/rss+xml", "https://medium.com/feed/invironment");
        assertThat(entries).hasSize(7).allSatisfy(e -> {
            assertThat(e.hasContent()).isTrue();
            assertThat(e.html()).isTrue();
            assertThat(e.content()).contains("<p>");
        });
        assertThat(entries.get(0).title()).doesNotContain("CDATA");
    }

    @Test
    void atomUsesPublishedBeforeUpdatedAndIdAsKey() throws Exception {
        List<FeedEntry> entries = parse("heise.atom", "application/atom+xml", "http://www.heise.de/developer/rss/news-atom.xml");
        assertThat(entries).hasSize(15);
        FeedEntry first = entries.get(0);
        assertThat(first.key()).isEqualTo("guid:http://heise.de/-3088438");
        // published 2016-02-01T17:22:00+01:00, updated 17:54:50+01:00
        assertThat(first.published()).isEqualTo(Instant.parse("2016-02-01T16:22:00Z"));
        assertThat(first.title()).isEqualTo("Java-Anwendungsserver: Red Hat gibt WildFly 10 frei");
    }

    @Test
    void relativeLinksAreResolvedAgainstTheDocumentUrl() throws Exception {
        List<FeedEntry> entries = parse("gulp-atom.atom", "application/atom+xml", "http://127.0.0.1:1234/gulpjs/gulp/releases.atom");
        assertThat(entries).hasSize(10);
        assertThat(entries.get(0).link()).isEqualTo("http://127.0.0.1:1234/gulpjs/gulp/releases/tag/v3.9.0");
        assertThat(entries.get(0).published()).isEqualTo(Instant.parse("2015-06-01T21:49:41Z"));
    }

    @Test
    void invalidXmlAndNonFeedsAreRefused() {
        assertThatThrownBy(() -> parser.parse("<rss><channel><item>".getBytes(), "text/xml", URI.create("http://x/f")))
            .isInstanceOf(InvalidFeedException.class);
        assertThatThrownBy(() -> parser.parse("<html><body>hi</body></html>".getBytes(), "text/html", URI.create("http://x/f")))
            .isInstanceOf(InvalidFeedException.class);
    }

    @Test
    void doctypeWithEntitiesIsRefused() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
            + "<rss version=\"2.0\"><channel><title>t</title><item><title>&x;</title></item></channel></rss>";
        assertThatThrownBy(() -> parser.parse(xxe.getBytes(), "text/xml", URI.create("http://x/f")))
            .isInstanceOf(InvalidFeedException.class);
    }

    @Test
    void itemWithoutGuidOrLinkIsKeyedByItsContent() {
        assertThat(FeedParser.key(null, null, "t", "text")).startsWith("hash:").isEqualTo(FeedParser.key(null, null, "t", "text"))
            .isNotEqualTo(FeedParser.key(null, null, "t", "other"));
    }
}
