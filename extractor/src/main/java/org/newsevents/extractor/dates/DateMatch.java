package org.newsevents.extractor.dates;

import java.time.LocalDate;

/**
 * A date expression found over tokens {@code [startToken, endToken)}. The value is computed from an
 * anchor day (the publication date, or the day a quoted speaker spoke), so the same match can be
 * re-anchored. {@code relative} says whether the anchor matters ("yesterday") or not ("2006").
 */
public record DateMatch(int startToken, int endToken, Resolver resolver, boolean relative) {

    @FunctionalInterface
    public interface Resolver {
        DateValues.Value resolve(LocalDate anchor);
    }

    public DateValues.Value resolve(LocalDate anchor) {
        return resolver.resolve(anchor);
    }
}
