package org.newsevents.web;

import org.jsoup.nodes.Document;

/**
 * The project's main-content step: boilerplate removed first ({@link Boilerplate}), then Readability's container
 * choice ({@link ReadabilityContent}); the publisher's JSON-LD articleBody when that finds nothing.
 */
public final class ArticleBody implements MainContent {
    private static final int TOO_SHORT = 200;
    private final ReadabilityContent readability = new ReadabilityContent();
    private final ParagraphCluster cluster = new ParagraphCluster();

    @Override public String name() {
        return "newsevents (boilerplate + Readability4J)";
    }

    @Override public String body(Document page) {
        Document clean = Boilerplate.strip(page);
        String body = readability.body(clean);
        if (body.length() < TOO_SHORT) {
            String densest = cluster.body(clean);
            if (densest.length() > body.length()) body = densest;
        }
        if (body.length() < TOO_SHORT) {
            String declared = JsonLd.of(page).articleBody().orElse("");
            if (declared.length() > body.length()) return declared;
        }
        return body;
    }
}
