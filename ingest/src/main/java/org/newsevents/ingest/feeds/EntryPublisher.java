package org.newsevents.ingest.feeds;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.newsevents.common.ids.ContentHash;
import org.newsevents.common.json.AvroJson;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.PublishOutcome;
import org.newsevents.ingest.validation.ArticleFactory;
import org.newsevents.ingest.validation.FeedItem;
import org.newsevents.ingest.validation.RejectReason;
import org.newsevents.ingest.validation.Rejection;
import org.newsevents.web.WebPages;

/**
 * Turns one new {@link FeedEntry} into an article on {@code news.articles}, or a dead letter with its reason.
 * The text: the entry's full text ({@code content:encoded}, Atom content) when it has one; else the raw HTML
 * of its linked page, fetched within the {@link FetchPolicy}; else its summary (an item without a link has
 * nothing more to give). HTML goes through the web-page step of {@link ArticleIntake} (refused NO_ARTICLE_TEXT
 * when no article body is found). A page that cannot be fetched, is refused by the policy or is not HTML is
 * dead-lettered, never dropped: every dead letter of an entry has the feed as its source and the entry as JSON
 * ({@code key}, {@code url}, {@code title}, {@code published}, {@code summary}, {@code content}) as its original. Id: the guid (made global with the
 * feed's URL when it is not itself a URI), else the link, else the text's hash. Thread-safe.
 */
final class EntryPublisher {
    private static final String ACCEPT_HTML = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "");
    private static final ObjectMapper JSON = AvroJson.mapper();

    private final ArticleIntake intake;
    private final ArticlePublisher publisher;
    private final SafeFetcher fetcher;
    private final int pageMaxBytes;

    EntryPublisher(ArticleIntake intake, ArticlePublisher publisher, SafeFetcher fetcher, int pageMaxBytes) {
        this.intake = intake;
        this.publisher = publisher;
        this.fetcher = fetcher;
        this.pageMaxBytes = pageMaxBytes;
    }

    /** What became of the entry: {@code pageFetched} says a linked page was read; the future completes on acknowledgement. */
    record Sent(CompletableFuture<PublishOutcome> outcome, boolean pageFetched) {
    }

    Sent publish(FeedEntry entry, URI feed) {
        String source = feed.toString();
        if (entry.hasContent()) {
            return new Sent(publishText(entry, source, entry.content(), entry.html()), false);
        }
        if (entry.link() == null) {
            return new Sent(publishText(entry, source, entry.summary() == null ? "" : entry.summary(), entry.html()), false);
        }
        URI link;
        try {
            link = new URI(entry.link());
        } catch (URISyntaxException e) {
            return new Sent(reject(RejectReason.BLOCKED_URL, "the link is not a URL: " + e.getMessage(), entry, source), false);
        }
        Fetched page;
        try {
            page = fetcher.get(link, ACCEPT_HTML, pageMaxBytes, null, null);
        } catch (FetchException e) {
            RejectReason reason = switch (e.kind()) {
                case BLOCKED -> RejectReason.BLOCKED_URL;
                case TOO_LARGE -> RejectReason.TOO_LARGE;
                default -> RejectReason.FETCH_FAILED;
            };
            return new Sent(reject(reason, e.kind() + ": " + e.getMessage(), entry, source), true);
        }
        if (!HTML_TYPES.contains(page.mediaType()) || !PageDecoder.looksLikeText(page.body())) {
            return new Sent(reject(RejectReason.NOT_HTML, page.url() + " is " + (page.mediaType().isEmpty() ? "binary" : page.mediaType())
                + ", not an HTML page", entry, source), true);
        }
        String html = PageDecoder.decode(page.body(), page.charset());
        return new Sent(publishText(entry, source, html, true), true);
    }

    private CompletableFuture<PublishOutcome> publishText(FeedEntry entry, String source, String text, boolean html) {
        FeedItem item = new FeedItem(text, id(entry, source), source, entry.link(), entry.title(),
            entry.published() == null ? null : entry.published().toString(), html ? WebPages.HTML : null, null);
        return publisher.submit(intake.process(item, source, json(entry)));
    }

    private CompletableFuture<PublishOutcome> reject(RejectReason reason, String detail, FeedEntry entry, String source) {
        return publisher.reject(new Rejection(reason, detail, source, json(entry)));
    }

    /** The article id of an entry (see the class comment); ids too long for the topic key limit are hashed. */
    static String id(FeedEntry entry, String feed) {
        String id;
        if (entry.key().startsWith("guid:")) {
            String guid = entry.key().substring(5);
            id = isUri(guid) ? guid : feed + "#" + guid;
        } else if (entry.key().startsWith("link:")) {
            id = entry.key().substring(5);
        } else {
            return null;
        }
        return id.length() <= ArticleFactory.MAX_ID_LENGTH && id.chars().noneMatch(Character::isISOControl)
            ? id : ContentHash.sha256Hex(id);
    }

    private static boolean isUri(String s) {
        try {
            URI uri = new URI(s);
            return uri.isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The entry as a dead letter's original: enough to replay it by hand. */
    private static byte[] json(FeedEntry entry) {
        ObjectNode node = JSON.createObjectNode();
        node.put("key", entry.key());
        node.put("url", entry.link());
        node.put("title", entry.title());
        node.put("published", entry.published() == null ? null : entry.published().toString());
        node.put("summary", entry.summary());
        node.put("content", entry.content());
        try {
            return JSON.writeValueAsBytes(node);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
