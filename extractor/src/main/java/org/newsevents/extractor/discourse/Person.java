package org.newsevents.extractor.discourse;

/**
 * A person the article names: the canonical name is the first full (two words or more) form the
 * article gives, or a single name it only gives after a courtesy title ("Mr. Medvedev").
 */
public record Person(int id, String name) {
}
