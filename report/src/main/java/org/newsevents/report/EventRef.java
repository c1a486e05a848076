package org.newsevents.report;

import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One event on its article's page: {@code anchor} is its element id there, {@code fields} the
 * record as the sink holds it (shown when the event is clicked).
 */
public record EventRef(ArticleRef article, String anchor, String type, int start, int end, String label,
                       ObjectNode fields) {
    public String link() {
        return article.page() + "#" + anchor;
    }

    /** A top-level field as text, or null. */
    public String field(String name) {
        return Fields.text(fields, name);
    }
}
