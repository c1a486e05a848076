package org.newsevents.extractor.boilerplate;

import java.util.Locale;

/**
 * One line of a page in the normalized forms the boilerplate rules compare. Markers only ever
 * describe short lines or line starts, so the derived forms look at the first {@value #HEAD}
 * characters: a 1 MB line costs no more than a short one here.
 */
public final class LineText {
    static final int HEAD = 2_000;

    private final String trimmed;
    private final int wordCount;
    private final String lower;
    private final String words;
    private final String squeezed;

    public LineText(String raw) {
        this.trimmed = raw.strip();
        this.wordCount = countWords(trimmed);
        String head = trimmed.length() > HEAD ? trimmed.substring(0, HEAD) : trimmed;
        this.lower = normalizeQuotes(head.toLowerCase(Locale.ROOT));
        this.words = words(lower);
        this.squeezed = squeezed(lower);
    }

    /** The line without surrounding whitespace. */
    public String text() {
        return trimmed;
    }

    public int wordCount() {
        return wordCount;
    }

    /** Lower-cased start of the line, curly apostrophes made straight. */
    public String lower() {
        return lower;
    }

    /** Lower-cased letter/digit runs joined by one space, apostrophes dropped ("don't miss" -> "dont miss"). */
    public String words() {
        return words;
    }

    /** {@link #words()} without spaces ("Go toTop" -> "gototop"). */
    public String squeezed() {
        return squeezed;
    }

    static int countWords(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); i++) {
            boolean space = Character.isWhitespace(s.charAt(i));
            if (!space && !inWord) {
                n++;
            }
            inWord = !space;
        }
        return n;
    }

    static String normalizeQuotes(String s) {
        return s.replace('\u2019', '\'').replace('\u2018', '\'');
    }

    static String words(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean pendingSpace = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\'' || c == '\u2019') {
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                if (pendingSpace && b.length() > 0) {
                    b.append(' ');
                }
                pendingSpace = false;
                b.append(Character.toLowerCase(c));
            } else {
                pendingSpace = true;
            }
        }
        return b.toString();
    }

    static String squeezed(String s) {
        return words(s).replace(" ", "");
    }
}
