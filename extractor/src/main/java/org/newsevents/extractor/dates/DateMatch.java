package org.newsevents.extractor.dates;

import java.time.LocalDate;

/**
 * A date expression found over tokens {@code [startToken, endToken)}. The value is computed from an
 * anchor day (the publication date, the day a quoted speaker spoke, or for an anaphoric reference
 * the date the text last set), so the same match can be re-anchored. {@code relative} says whether
 * the anchor matters ("yesterday") or not ("2006"); {@code anaphora} which date anchors it.
 */
public record DateMatch(int startToken, int endToken, Resolver resolver, boolean relative, Anaphora anaphora) {

    /** Which earlier date an expression is read from instead of the publication date. */
    public enum Anaphora {
        /** none: the publication date (or the quoted speaker's day) */
        NONE,
        /** the date the text last set ("that year", "the following month"), else the publication date */
        PREVIOUS,
        /** the date last set in the same paragraph ("a year earlier"), else the publication date */
        PARAGRAPH
    }

    public DateMatch(int startToken, int endToken, Resolver resolver, boolean relative) {
        this(startToken, endToken, resolver, relative, Anaphora.NONE);
    }

    @FunctionalInterface
    public interface Resolver {
        DateValues.Value resolve(LocalDate anchor);
    }

    public DateValues.Value resolve(LocalDate anchor) {
        return resolver.resolve(anchor);
    }
}
