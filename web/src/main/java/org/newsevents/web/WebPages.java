package org.newsevents.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * The one page-to-text step that ingest (to refuse pages that are not articles) and the extractor (to re-extract the
 * body from the raw HTML kept in news.articles, also on replay) share. Stateless and thread-safe.
 */
public final class WebPages {
    public static final String HTML = "text/html";
    private static final MainContent BODY = new ArticleBody();

    private WebPages() {}

    public static WebPage read(String html, String url) {
        Document page = Jsoup.parse(html, url == null ? "" : url);
        JsonLd ld = JsonLd.of(page);
        return new WebPage(BODY.body(page), PageMetadata.headline(page, ld), PageMetadata.published(page, ld),
            PageMetadata.canonicalUrl(page), PageMetadata.author(page, ld), PageMetadata.language(page));
    }

    /** A file or body is HTML when its name says so or its first non-blank bytes open an HTML document. */
    public static boolean looksLikeHtml(String fileName, byte[] head) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) return true;
        return looksLikeHtml(new String(head, 0, Math.min(head.length, 1024), StandardCharsets.UTF_8));
    }

    public static boolean looksLikeHtml(String text) {
        String start = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("\ufeff")) start = start.substring(1);
        // Prose never opens with a tag: markup that opens with one and closes one is a page (or a fragment of one).
        return start.startsWith("<") && start.contains("</") || start.startsWith("<!doctype html");
    }

    /** A Content-Type header value naming HTML ("text/html; charset=utf-8", "application/xhtml+xml"). */
    public static boolean isHtmlMediaType(String contentType) {
        if (contentType == null) return false;
        String type = contentType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        return type.equals(HTML) || type.equals("application/xhtml+xml");
    }
}
