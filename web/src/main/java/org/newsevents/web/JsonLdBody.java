package org.newsevents.web;

import org.jsoup.nodes.Document;

/** The publisher's own schema.org {@code articleBody} from the page's JSON-LD, when it gives one. */
public final class JsonLdBody implements MainContent {
    @Override public String name() {
        return "JSON-LD articleBody";
    }

    @Override public String body(Document page) {
        return JsonLd.of(page).articleBody().orElse("");
    }
}
