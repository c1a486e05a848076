package org.newsevents.web;

import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes the parts of a news page that are never article body: navigation, photo captions and credits, bylines and
 * time stamps, sharing and "related stories" widgets, sign-up and subscription boxes. Readability keeps many of these
 * inside the article container; the benchmark's gold bodies (and our event extraction) want the paragraphs only.
 */
final class Boilerplate {
    private static final String TAGS = "script, style, noscript, template, iframe, svg, button, nav, aside, footer, "
        + "figure, figcaption, picture, video, audio, h1, time, address";
    private static final String HIDDEN = "[hidden], [aria-hidden=true], [style~=display:\\s*none], [style~=visibility:\\s*hidden]";
    private static final Pattern CLASS_OR_ID = Pattern.compile(
        "caption|credit|byline|author|dateline|timestamp|published|updated|share|sharing|social|related|recommend|"
            + "newsletter|subscri|signup|sign-up|promo|advert|sponsor|\\bads?\\b|ad-|sidebar|breadcrumb|comment|"
            + "footer|toolbar|popup|modal|cookie|outbrain|taboola|trending|most-popular|more-from|read-more|readmore|"
            + "also-read|tags|keywords|rating|print|email|gallery|slideshow|video|player|disclaimer|copyright",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern CONTENT_HINT = Pattern.compile("article-?body|story-?body|entry-content|post-content|"
        + "article-content|articlebody|main-content|content-body", Pattern.CASE_INSENSITIVE);

    private Boilerplate() {}

    static Document strip(Document page) {
        Document doc = page.clone();
        doc.select(TAGS).remove();
        int pageText = doc.body() == null ? 0 : doc.body().text().length();
        for (Element hidden : doc.select(HIDDEN)) {
            if (hidden.text().length() * 2 > pageText) {
                // Pages that unhide their content with JavaScript: the content is what we want, visible.
                hidden.removeAttr("hidden").removeAttr("aria-hidden").removeAttr("style");
            } else {
                hidden.remove();
            }
        }
        for (Element e : doc.body() == null ? java.util.List.<Element>of() : doc.body().select("*")) {
            if (e.parent() == null || isContainer(e)) continue;
            if (e.normalName().equals("form") && !holdsMuchOf(e, pageText)) {
                e.remove();
                continue;
            }
            String hints = e.className() + " " + e.id();
            if (hints.isBlank() || CONTENT_HINT.matcher(hints).find() || !CLASS_OR_ID.matcher(hints).find()) continue;
            // A widget is small: never drop a block that holds much of the page's text because of an unlucky class.
            if (holdsMuchOf(e, pageText)) continue;
            e.remove();
        }
        return doc;
    }

    private static boolean holdsMuchOf(Element e, int pageText) {
        return e.text().length() * 4 > pageText;
    }

    private static boolean isContainer(Element e) {
        String tag = e.normalName();
        return tag.equals("body") || tag.equals("html") || tag.equals("main") || tag.equals("article");
    }
}
