package org.newsevents.extractor.discourse;

/**
 * What the article-level rules share about one article, computed once after sentence analysis:
 * its quotation map and the people it names with their mentions.
 */
public record Discourse(QuoteMap quotes, EntityRegistry entities) {
}
