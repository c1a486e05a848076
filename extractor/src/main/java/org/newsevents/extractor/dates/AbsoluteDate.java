package org.newsevents.extractor.dates;

/**
 * A calendar date written out in the text, over tokens {@code [startToken, endToken)}.
 * {@code year} is null for "August 1"; {@code day} is null for "August 2023".
 */
public record AbsoluteDate(int startToken, int endToken, Integer year, int month, Integer day) {
}
