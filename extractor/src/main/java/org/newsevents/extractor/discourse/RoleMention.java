package org.newsevents.extractor.discourse;

/**
 * A role noun in the text ("official", "spokesman", "minister") and who it names.
 *
 * @param head       the lower-cased role noun
 * @param start      offset of the role noun
 * @param article    how it was introduced: 'i' indefinite ("an official"), 'd' definite ("the official"),
 *                   '-' neither ("Foreign Minister Anna Lee", "Russia's ambassador")
 * @param inQuote    inside a quotation
 * @param person     the person it names by title or apposition, or -1 when it names nobody (an unnamed person)
 */
public record RoleMention(String head, int start, char article, boolean inQuote, int person) {

    public boolean named() {
        return person >= 0;
    }

    public boolean indefinite() {
        return article == 'i';
    }

    public boolean definite() {
        return article == 'd';
    }
}
