package org.newsevents.web;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** Readability4J (a port of Mozilla's Readability.js) on a copy of the page; its content rendered with {@link BlockText}. */
public final class ReadabilityContent implements MainContent {
    private static final String NO_URL = "https://page.invalid/";

    @Override public String name() {
        return "Readability4J 1.0.8";
    }

    @Override public String body(Document page) {
        // Readability mutates the document it is given: work on a copy so that metadata can still be read.
        // Readability resolves links against the page's URL and logs the whole page as an error when it has none
        // (a file, stdin): a placeholder base keeps page text out of the logs; links are not part of the body text.
        String base = page.location().isBlank() ? NO_URL : page.location();
        Article article = new Readability4JExtended(base, page.clone()).parse();
        String html = article.getContent();
        return html == null ? "" : BlockText.of(Jsoup.parseBodyFragment(html).body());
    }
}
