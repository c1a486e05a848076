package org.newsevents.ingest.feeds;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.common.json.AvroJson;
import org.newsevents.common.metrics.Health;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.RealTopics;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.schemas.Article;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;

/**
 * Follows real-world feeds served by a local server on 127.0.0.1 into a real broker: the Guardian's RSS
 * (summaries only, so every linked page is fetched; the pages are the benchmark's real article pages),
 * Medium's RSS with content:encoded, heise's Atom, and three broken feeds (404, invalid XML, a redirect
 * loop). Stops in the middle while the news feed moves on, and checks that the restart neither re-sends nor
 * misses an item, that unchanged feeds answer 304, and that failing feeds show on /health without stopping the others.
 */
class FeedFollowerIT {
    private static final Pattern ITEM = Pattern.compile("<item>.*?</item>", Pattern.DOTALL);
    private static final Pattern LINK = Pattern.compile("<link>([^<]+)</link>");
    private static final Pattern PUB_DATE = Pattern.compile("<pubDate>([^<]+)</pubDate>");
    private static Settings settings;

    private final FeedServer server = FeedServer.start();
    @TempDir
    Path stateDir;

    @BeforeAll
    static void stack() {
        settings = RealTopics.settings(Map.of(IngestConfig.FEED_ALLOW_ADDRESSES, "127.0.0.1",
            IngestConfig.FEED_INTERVAL_MS, "500", IngestConfig.FEED_JITTER_MS, "100", IngestConfig.FEED_BACKOFF_MAX_MS, "2000",
            IngestConfig.FEED_READ_TIMEOUT_MS, "10000"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void feedsAreFollowedAcrossARestartWithoutResendingOrMissingItemsWhileBrokenFeedsFailAlone() throws Exception {
        // The Guardian feed with its links moved to the local server; item i links to benchmark page i.
        String guardian = new String(FeedServer.fixture("guardian.rss"), StandardCharsets.UTF_8)
            .replace("https://www.theguardian.com/", server.base() + "/guardian/");
        List<String> items = ITEM.matcher(guardian).results().map(m -> m.group()).toList();
        List<byte[]> pages = benchmarkPages();
        List<String> links = new ArrayList<>();
        Map<String, String> published = new HashMap<>();
        for (int i = 0; i < 20; i++) {
            Matcher link = LINK.matcher(items.get(i));
            Matcher date = PUB_DATE.matcher(items.get(i));
            assertThat(link.find() && date.find()).isTrue();
            links.add(link.group(1));
            published.put(link.group(1), ZonedDateTime.parse(date.group(1), DateTimeFormatter.RFC_1123_DATE_TIME)
                .withZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString());
            server.serve(URI.create(link.group(1)).getPath(), "text/html; charset=utf-8", pages.get(i));
        }
        // Three items whose pages cannot become articles: a missing page, an image and a script-only page.
        server.status(URI.create(links.get(12)).getPath(), 404);
        server.serve(URI.create(links.get(13)).getPath(), "image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, 0, 0, 1});
        server.serve(URI.create(links.get(14)).getPath(), "text/html",
            "<html><head><script>document.write('app')</script></head><body><div id=\"root\"></div></body></html>".getBytes());

        server.serve("/news.rss", "application/rss+xml", feedWith(guardian, items, 10, 20));
        server.serveFixture("/medium.rss", "application/rss+xml", "content-encoded.rss");
        server.serveFixture("/heise.atom", "application/atom+xml", "heise.atom");
        server.status("/gone.rss", 404);
        server.serve("/broken.rss", "text/xml", guardian.substring(0, 5000).getBytes(StandardCharsets.UTF_8));
        server.redirect("/loop.rss", "/loop.rss");
        List<URI> feeds = Stream.of("/news.rss", "/medium.rss", "/heise.atom", "/gone.rss", "/broken.rss", "/loop.rss")
            .map(server::url).toList();

        ArticleIntake intake = ArticleIntake.create(settings);
        FeedOptions options = FeedOptions.of(settings).withStateDir(stateDir);
        SimpleMeterRegistry meters = new SimpleMeterRegistry();
        try (ArticlePublisher publisher = ArticlePublisher.create(settings)) {
            FeedFollower follower = new FeedFollower(feeds, intake, publisher, options, meters);
            follower.start();
            Function<String, FeedStatus> status = path -> follower.statuses().stream()
                .filter(s -> s.feed().equals(server.url(path).toString())).findFirst().orElseThrow();
            RealTopics.await("the first items acknowledged", Duration.ofSeconds(120), () -> status.apply("/news.rss").items() == 10
                && status.apply("/medium.rss").items() == 7 && status.apply("/heise.atom").items() == 15);
            RealTopics.await("broken feeds failing twice", Duration.ofSeconds(60), () -> Stream.of("/gone.rss", "/broken.rss", "/loop.rss")
                .allMatch(p -> status.apply(p).consecutiveFailures() >= 2));
            RealTopics.await("a conditional GET answered 304", Duration.ofSeconds(60), () -> server.notModified("/medium.rss") > 0
                && server.notModified("/heise.atom") > 0);

            Health health = follower.health();
            assertThat(health.isUp()).isTrue();
            assertThat(health.detail()).startsWith("3 of 6 feeds failing").contains(server.url("/gone.rss") + " (", "HTTP_STATUS: HTTP 404",
                server.url("/broken.rss") + " (", "INVALID_FEED", server.url("/loop.rss") + " (", "REDIRECTS: redirect loop");
            assertThat(status.apply("/news.rss").consecutiveFailures()).isZero();
            assertThat(meters.get(FeedMetrics.POLLS).tag("feed", server.url("/gone.rss").toString()).tag("outcome", "failed_http_status")
                .counter().count()).isGreaterThanOrEqualTo(2);
            assertThat(meters.get(FeedMetrics.POLLS).tag("feed", server.url("/medium.rss").toString()).tag("outcome", "not_modified")
                .counter().count()).isGreaterThanOrEqualTo(1);
            follower.stop();
            follower.awaitTermination();
            assertThat(follower.health().isUp()).isFalse();
        }

        // While ingest is down the news feed moves on: items 5-9 are new, 10-14 still listed, 15-19 gone.
        server.serve("/news.rss", "application/rss+xml", feedWith(guardian, items, 5, 15));
        int pageRequestsBefore = server.requests(URI.create(links.get(10)).getPath());
        try (ArticlePublisher publisher = ArticlePublisher.create(settings)) {
            FeedFollower follower = new FeedFollower(feeds, intake, publisher, options, meters);
            follower.start();
            RealTopics.await("the items published while down", Duration.ofSeconds(120), () -> follower.statuses().get(0).items() == 5
                && follower.statuses().get(1).polls() >= 2 && follower.statuses().get(2).polls() >= 2);
            follower.stop();
            follower.awaitTermination();
            assertThat(follower.statuses().get(1).items()).isZero();
            assertThat(follower.statuses().get(2).items()).isZero();
        }
        assertThat(server.requests(URI.create(links.get(10)).getPath())).as("a page acknowledged before is not fetched again")
            .isEqualTo(pageRequestsBefore);

        List<Article> articles = RealTopics.<Article>readAll(settings, Topics.ARTICLES).stream().map(ConsumerRecord::value)
            .filter(a -> a.getSource().startsWith(server.base())).toList();
        List<DeadLetter> letters = RealTopics.<DeadLetter>readAll(settings, Topics.DLQ).stream().map(ConsumerRecord::value)
            .filter(d -> d.getSource() != null && d.getSource().startsWith(server.base())).toList();
        assertThat(articles).extracting(Article::getId).doesNotHaveDuplicates();

        // Every item of the news feed from both runs became exactly one article or one dead letter.
        List<Article> news = articles.stream().filter(a -> a.getSource().equals(server.url("/news.rss").toString())).toList();
        List<String> handled = new ArrayList<>(news.stream().map(Article::getUrl).toList());
        List<DeadLetter> newsLetters = letters.stream().filter(d -> d.getSource().equals(server.url("/news.rss").toString())).toList();
        newsLetters.forEach(d -> handled.add(originalUrl(d)));
        assertThat(handled).containsExactlyInAnyOrderElementsOf(links.subList(5, 20));
        assertThat(newsLetters).extracting(FeedFollowerIT::originalUrl, DeadLetter::getReason).contains(
            Tuple.tuple(links.get(12), "FETCH_FAILED"), Tuple.tuple(links.get(13), "NOT_HTML"), Tuple.tuple(links.get(14), "NO_ARTICLE_TEXT"));
        assertThat(news).hasSizeGreaterThanOrEqualTo(10).allSatisfy(a -> {
            assertThat(a.getContentType()).isEqualTo("text/html");
            assertThat(a.getText()).containsIgnoringCase("<html");
            assertThat(a.getPublished()).isEqualTo(published.get(a.getUrl()));
            assertThat(a.getTitle()).isNotBlank();
        });
        // The Guardian's guids are the article URLs (moved to the local server with the links).
        assertThat(news).allSatisfy(a -> assertThat(a.getId()).isEqualTo(a.getUrl()));

        // Full-text feeds: every entry is an article (HTML content) or a dead letter with its reason, once.
        for (String feed : List.of("/medium.rss", "/heise.atom")) {
            String url = server.url(feed).toString();
            List<Article> full = articles.stream().filter(a -> a.getSource().equals(url)).toList();
            long refused = letters.stream().filter(d -> d.getSource().equals(url)).count();
            assertThat(full.size() + refused).as(feed).isEqualTo(feed.equals("/medium.rss") ? 7 : 15);
            assertThat(full).as(feed).isNotEmpty().allSatisfy(a -> assertThat(a.getContentType()).isEqualTo("text/html"));
        }
    }

    /** The item's link from a dead letter's original (the entry as JSON). */
    private static String originalUrl(DeadLetter letter) {
        try {
            ByteBuffer original = letter.getOriginal().duplicate();
            byte[] bytes = new byte[original.remaining()];
            original.get(bytes);
            return AvroJson.mapper().readTree(bytes).path("url").asText(null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The feed with only items [from, to) of the original. */
    private static byte[] feedWith(String feed, List<String> items, int from, int to) {
        int first = feed.indexOf(items.get(0));
        int end = feed.lastIndexOf("</item>") + "</item>".length();
        String kept = String.join("\n", items.subList(from, to));
        return (feed.substring(0, first) + kept + feed.substring(end)).getBytes(StandardCharsets.UTF_8);
    }

    /** The benchmark's pages (shared/eval/html, see its SOURCE.md) under 900 kB, in file-name order. */
    private static List<byte[]> benchmarkPages() throws IOException {
        Path dir = locate();
        List<byte[]> pages = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(f))) {
                    byte[] page = in.readAllBytes();
                    if (page.length < 900_000) {
                        pages.add(page);
                    }
                }
            }
        }
        return pages;
    }

    private static Path locate() {
        String configured = System.getProperty("newsevents.html");
        if (configured != null) {
            return Path.of(configured);
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("shared").resolve("eval").resolve("html").resolve("html");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        throw new UncheckedIOException(new IOException("benchmark pages not found: pass -Dnewsevents.html=DIR"));
    }
}
