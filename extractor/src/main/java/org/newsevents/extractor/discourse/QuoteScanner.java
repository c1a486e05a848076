package org.newsevents.extractor.discourse;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds quotations in a paragraph in one left-to-right pass (linear, no regex). Double marks
 * (straight or curly) open and close in turn; marks of the other kind inside belong to the
 * quotation (nested quotes). Single marks count only outside double quotes and only where they
 * cannot be an apostrophe.
 */
public final class QuoteScanner {

    public static boolean isDoubleMark(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D' || c == '\u201E' || c == '\u00AB' || c == '\u00BB';
    }

    public static boolean isSingleMark(char c) {
        return c == '\'' || c == '\u2018' || c == '\u2019';
    }

    public static boolean isQuoteMark(char c) {
        return isDoubleMark(c) || isSingleMark(c);
    }

    /**
     * @param base offset of the paragraph text in the article
     * @param continuesPrevious the previous paragraph ended inside an open quotation
     */
    public List<QuoteSpan> scan(String paragraph, int base, int paragraphIndex, boolean continuesPrevious, int chain) {
        List<QuoteSpan> out = new ArrayList<>();
        int doubleOpen = -1;
        int singleOpen = -1;
        boolean firstIsContinuation = continuesPrevious;
        int n = paragraph.length();
        for (int i = 0; i < n; i++) {
            char c = paragraph.charAt(i);
            char prev = i > 0 ? paragraph.charAt(i - 1) : ' ';
            char next = i + 1 < n ? paragraph.charAt(i + 1) : ' ';
            if (isDoubleMark(c)) {
                if (doubleOpen < 0) {
                    // a closing curly mark glued to a word cannot open a quotation
                    if (c == '\u201D' && Character.isLetterOrDigit(prev)) {
                        continue;
                    }
                    doubleOpen = i;
                    singleOpen = -1;
                } else {
                    out.add(new QuoteSpan(base + doubleOpen, base + i, true, false, paragraphIndex,
                            firstIsContinuation && out.isEmpty(), chain));
                    doubleOpen = -1;
                }
            } else if (isSingleMark(c) && doubleOpen < 0) {
                if (singleOpen < 0) {
                    boolean opens = c != '\u2019' && !Character.isLetterOrDigit(prev) && prev != '\''
                            && (Character.isLetterOrDigit(next) || next == '(' || next == '[');
                    if (opens) {
                        singleOpen = i;
                    }
                } else if (c != '\u2018' && !Character.isWhitespace(prev) && !Character.isLetterOrDigit(next)) {
                    out.add(new QuoteSpan(base + singleOpen, base + i, true, true, paragraphIndex,
                            false, chain));
                    singleOpen = -1;
                }
            }
        }
        if (doubleOpen >= 0) {
            out.add(new QuoteSpan(base + doubleOpen, base + n, false, false, paragraphIndex,
                    firstIsContinuation && out.isEmpty(), chain));
        }
        return out;
    }
}
