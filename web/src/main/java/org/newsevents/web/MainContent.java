package org.newsevents.web;

import org.jsoup.nodes.Document;

/** One way to find a page's main text (the article body) in its parsed document. */
public interface MainContent {
    String name();

    /** The body text with blank lines between paragraphs; empty when none was found. */
    String body(Document page);
}
