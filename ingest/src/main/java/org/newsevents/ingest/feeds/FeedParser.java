package org.newsevents.ingest.feeds;

import com.rometools.rome.feed.rss.Item;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.newsevents.common.ids.ContentHash;

/**
 * Reads RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0) documents with Rome into {@link FeedEntry}s.
 *
 * <p>Rome does the hard parts: the character encoding (BOM, XML declaration, HTTP charset, leniently, so
 * {@code ISO-8859-1} feeds decode right), RFC 822 dates with named zones, CDATA, {@code content:encoded}.
 * Doctype declarations stay refused (Rome's default: no entity tricks from a remote document; the rare
 * RSS 0.91 Netscape feed that needs one fails as invalid). Relative links are resolved against the URL the
 * document came from, as RFC 4287 says for Atom and feed readers do for RSS. Thread-safe.
 */
public final class FeedParser {
    /** The entries in document order. */
    public List<FeedEntry> parse(byte[] document, String contentType, URI documentUrl) throws InvalidFeedException {
        SyndFeed feed;
        try (XmlReader reader = contentType == null
            ? new XmlReader(new ByteArrayInputStream(document), true, "UTF-8")
            : new XmlReader(new ByteArrayInputStream(document), contentType, true, "UTF-8")) {
            SyndFeedInput input = new SyndFeedInput();
            input.setPreserveWireFeed(true);
            feed = input.build(reader);
        } catch (FeedException | IOException | IllegalArgumentException e) {
            throw new InvalidFeedException("not a readable RSS or Atom document: " + e.getMessage(), e);
        }
        List<FeedEntry> entries = new ArrayList<>();
        for (SyndEntry e : feed.getEntries()) {
            entries.add(entry(e, documentUrl));
        }
        return entries;
    }

    private static FeedEntry entry(SyndEntry e, URI base) {
        String link = absolute(base, blankToNull(e.getLink()));
        String title = blankToNull(e.getTitle());
        SyndContent content = e.getContents().stream().filter(c -> c.getValue() != null && !c.getValue().isBlank())
            .findFirst().orElse(null);
        SyndContent description = e.getDescription();
        String summary = description == null ? null : blankToNull(description.getValue());
        boolean html = content != null ? isHtml(content.getType()) : description == null || isHtml(description.getType());
        Date date = e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate();
        String text = content != null ? content.getValue() : summary;
        return new FeedEntry(key(guid(e), link, title, text), link, title == null ? null : title.trim(),
            date == null ? null : date.toInstant(), content == null ? null : content.getValue(), summary, html);
    }

    /** The RSS guid or Atom id as written; Rome's {@code uri} falls back to the link when an RSS item has no guid. */
    private static String guid(SyndEntry e) {
        if (e.getWireEntry() instanceof Item item) {
            return item.getGuid() == null ? null : blankToNull(item.getGuid().getValue());
        }
        return blankToNull(e.getUri());
    }

    /**
     * Dedupe key: the guid (Atom id), else the link, else a hash of what the item says.
     */
    static String key(String guid, String link, String title, String text) {
        if (guid != null) {
            return "guid:" + guid.trim();
        }
        if (link != null) {
            return "link:" + link;
        }
        return "hash:" + ContentHash.sha256Hex((title == null ? "" : title) + "\n" + (text == null ? "" : text));
    }

    /** RSS gives no type (HTML by custom); Atom says text, html or xhtml; Rome may give a media type. */
    private static boolean isHtml(String type) {
        if (type == null) {
            return true;
        }
        String t = type.toLowerCase(Locale.ROOT);
        return t.contains("html");
    }

    static String absolute(URI base, String link) {
        if (link == null) {
            return null;
        }
        try {
            URI uri = new URI(link.trim());
            return (base == null || uri.isAbsolute() ? uri : base.resolve(uri)).toString();
        } catch (URISyntaxException e) {
            return link.trim();
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }
}
