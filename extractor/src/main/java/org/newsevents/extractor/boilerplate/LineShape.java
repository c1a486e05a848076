package org.newsevents.extractor.boilerplate;

import java.util.Set;

/**
 * Shape tests on single lines of a scraped page: prose, title-like lines, tickers, date lines,
 * bylines, captions. All are single scans of the line (no regex), so linear in its length.
 * Shared by the boilerplate classifier and the headline choice in the pipeline.
 */
public final class LineShape {
    private static final Set<String> MONTHS = Set.of(
            "january", "february", "march", "april", "may", "june", "july", "august", "september",
            "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec");
    /** Words that may stand next to a date in a date/time stamp line. */
    private static final Set<String> STAMP_WORDS = Set.of(
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
            "am", "pm", "a", "m", "p", "hrs", "h", "st", "nd", "rd", "th",
            "ist", "gmt", "utc", "et", "est", "edt", "pt", "pst", "pdt", "bst", "cet", "cest", "kst", "jst",
            "at", "on", "updated", "published", "posted", "modified", "last", "date");
    private static final String TERMINAL = ".!?\"\u201d\u2019')\u2026";
    private static final String[] CAPTION_CUES = {
        "photo courtesy", "photo:", "photo credit", "(photo", "image:", "image courtesy", "image credit",
        "file photo", "representational image", "representative image", "screengrab", "(image"};

    private LineShape() {
    }

    /** At least {@code minWords} words and ends like a sentence (. ! ? closing quote or bracket). */
    public static boolean isProse(LineText line, int minWords) {
        return line.wordCount() >= minWords && endsLikeSentence(line.text());
    }

    public static boolean endsLikeSentence(String s) {
        return !s.isEmpty() && TERMINAL.indexOf(s.charAt(s.length() - 1)) >= 0;
    }

    /**
     * A headline candidate: 3 to 30 words, starts with a capital, digit or quote, does not end
     * like a sentence with a period, and is no date line, byline, ticker or caption.
     */
    public static boolean isTitleLike(LineText line) {
        String s = line.text();
        if (line.wordCount() < 3 || line.wordCount() > 30 || s.isEmpty()) {
            return false;
        }
        char first = s.charAt(0);
        boolean goodStart = Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201c\u2018".indexOf(first) >= 0;
        char last = s.charAt(s.length() - 1);
        return goodStart && last != '.' && last != ':' && last != ','
                && !isDateLine(line) && !isByline(line) && !isTicker(line) && !isCaption(line);
    }

    /** 1 to 4 words, each starting with a capital or a non-letter, no sentence punctuation (menu items, tags). */
    public static boolean isShortTitleCase(LineText line) {
        String s = line.text();
        if (line.wordCount() < 1 || line.wordCount() > 4 || isDateLine(line)) {
            return false;
        }
        boolean wordStart = true;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                wordStart = true;
                continue;
            }
            if (wordStart && Character.isLowerCase(c)) {
                return false;
            }
            if (".!?,;\"\u201c\u201d".indexOf(c) >= 0) {
                return false;
            }
            wordStart = false;
        }
        return true;
    }

    /**
     * A ticker of other headlines: at least three "|"-separated fragments of four or more words
     * ("Big call from RBI: Repo rate stays ... | RG Kar scam twist: ... | ...").
     */
    public static boolean isTicker(LineText line) {
        String s = line.text();
        int longFragments = 0;
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : '|';
            if (c == '|') {
                if (words >= 4) {
                    longFragments++;
                }
                words = 0;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return longFragments >= 3;
    }

    /**
     * A line made only of a date and a time stamp ("February 07, 2026 09:53 am (IST)",
     * "April 25, 2023", "Updated: 2024-10-09"): every word is a month, weekday, number, time or
     * zone word, and a month name or an ISO date is present.
     */
    public static boolean isDateLine(LineText line) {
        String s = line.lower();
        if (s.length() > 80 || s.isEmpty()) {
            return false;
        }
        boolean month = false;
        boolean year = false;
        for (String tok : alphanumericRuns(s)) {
            if (Character.isDigit(tok.charAt(0))) {
                int digits = 0;
                while (digits < tok.length() && Character.isDigit(tok.charAt(digits))) {
                    digits++;
                }
                String suffix = tok.substring(digits);
                if (!suffix.isEmpty() && !STAMP_WORDS.contains(suffix)) {
                    return false;
                }
                year |= digits == 4;
            } else if (MONTHS.contains(tok)) {
                month = true;
            } else if (!STAMP_WORDS.contains(tok)) {
                return false;
            }
        }
        return month || year && hasIsoDate(s);
    }

    /** The line names a calendar date: a month name next to a number, or an ISO date. */
    public static boolean hasDate(LineText line) {
        String s = line.lower();
        if (hasIsoDate(s)) {
            return true;
        }
        String prev = "";
        for (String tok : alphanumericRuns(s)) {
            boolean number = Character.isDigit(tok.charAt(0));
            if (number && MONTHS.contains(prev) || !number && MONTHS.contains(tok) && !prev.isEmpty() && Character.isDigit(prev.charAt(0))) {
                return true;
            }
            prev = tok;
        }
        return false;
    }

    /** The runs of letters and digits of {@code s}, in order ("Sep 12, 2023" -> sep, 12, 2023). */
    private static java.util.List<String> alphanumericRuns(String s) {
        java.util.List<String> runs = new java.util.ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int j = i;
            while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) {
                j++;
            }
            runs.add(s.substring(i, j));
            i = j;
        }
        return runs;
    }

    private static boolean hasIsoDate(String s) {
        for (int i = 0; i + 10 <= s.length(); i++) {
            if (digits(s, i, 4) && s.charAt(i + 4) == '-' && digits(s, i + 5, 2) && s.charAt(i + 7) == '-' && digits(s, i + 8, 2)) {
                return true;
            }
        }
        return false;
    }

    private static boolean digits(String s, int from, int n) {
        for (int k = from; k < from + n; k++) {
            if (!Character.isDigit(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    /** "By IANS | Updated: ...", "| @agency | Sep 12, 2023", "Posted: ...": the story's byline or stamp line. */
    public static boolean isByline(LineText line) {
        String s = line.lower();
        if (line.wordCount() > 25) {
            return false;
        }
        return s.startsWith("by ") || s.startsWith("|") || s.startsWith("@")
                || s.contains("updated:") || s.contains("published:") || s.contains("posted:") || s.contains("updated on");
    }

    /** A photo caption or credit ("... Photo Courtesy: ...", "(Photo: Reuters)"). */
    public static boolean isCaption(LineText line) {
        String s = line.lower();
        for (String cue : CAPTION_CUES) {
            if (s.contains(cue)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The section name glued to a linked headline at the line start ("InternationalUN warns",
     * "Aurangabad\u201cTake our ..."): a capitalised word of at least three lower-case letters
     * directly followed by a capital or an opening quote; empty when the line does not start so.
     */
    public static String gluedPrefix(String s) {
        if (s.isEmpty() || !Character.isUpperCase(s.charAt(0))) {
            return "";
        }
        int i = 1;
        while (i < s.length() && Character.isLowerCase(s.charAt(i))) {
            i++;
        }
        if (i < 4 || i >= s.length()) {
            return "";
        }
        char next = s.charAt(i);
        return Character.isUpperCase(next) || "\"\u201c\u2018".indexOf(next) >= 0 ? s.substring(0, i) : "";
    }
}
