package org.newsevents.extractor.dates;

import java.util.List;
import java.util.Set;

/**
 * Words around a date expression that change its reading: deadline cues ("payable Dec. 1", "by
 * May"), recurrence ("each Thursday", "Monday and Tuesday nights"), quoted programme titles ("Fox
 * News Sunday") and the progressive that makes "today" the day of an event. Stateless.
 */
final class DateCues {
    private static final Set<String> APPROXIMATORS = Set.of("early", "mid", "late");
    private static final Set<String> RECURRENCE = Set.of("each", "every");
    private static final int MAX_TITLE_WORDS = 6;
    private static final int PROGRESSIVE_WINDOW = 5;
    private static final Set<String> BE_FORMS = Set.of("is", "are", "am", "re", "was", "were", "been");
    private static final Set<String> PARTS_OF_DAYS = Set.of("nights", "mornings", "afternoons", "evenings");

    private final DateLexicon lexicon;

    DateCues(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** "each Thursday", "every Monday". */
    static boolean recurring(List<LexToken> t, int i) {
        return i > 0 && RECURRENCE.contains(t.get(i - 1).lower());
    }

    /**
     * True when a deadline cue ("payable", "extended to") directly precedes the date at start, or a
     * deadline preposition ("by", "until") in a clause that is not past.
     */
    boolean deadline(List<LexToken> t, int start, Tense tense) {
        int p = start;
        if (p >= 2 && t.get(p - 1).is("-") && APPROXIMATORS.contains(t.get(p - 2).lower())) {
            p -= 2; // "until mid-November"
        } else if (p >= 1 && APPROXIMATORS.contains(t.get(p - 1).lower())) {
            p--;
        }
        return endsWith(t, p, lexicon.deadlineCues) || (tense != Tense.PAST && endsWith(t, p, lexicon.deadlinePrepositions));
    }
    private static boolean endsWith(List<LexToken> t, int p, List<List<String>> phrases) {
        for (List<String> phrase : phrases) {
            if (p >= phrase.size() && TenseDetector.matches(t, p - phrase.size(), phrase)) {
                return true;
            }
        }
        return false;
    }
    /** "Monday and Tuesday nights": a weekday coordinated with one that names a recurring part of days. */
    boolean recurringPartOfDay(List<LexToken> t, int p) {
        if (p < t.size() && PARTS_OF_DAYS.contains(t.get(p).lower())) {
            return true;
        }
        return p + 2 < t.size() && (t.get(p).is("and") || t.get(p).is("or"))
                && lexicon.weekdaysFull.containsKey(t.get(p + 1).lower()) && PARTS_OF_DAYS.contains(t.get(p + 2).lower());
    }
    /**
     * True when tokens [start, end) lie in a short quoted title of capitalized words: a programme
     * name like "This Week" or "Fox News Sunday" is not a date.
     */
    static boolean inQuotedTitle(List<LexToken> t, int start, int end) {
        for (int k = start; k < end; k++) {
            if (!t.get(k).capitalized()) {
                return false; // it would release them "this week"
            }
        }
        int words = end - start;
        int k = start - 1;
        while (k >= 0 && t.get(k).isWord() && t.get(k).capitalized() && words <= MAX_TITLE_WORDS) {
            k--;
            words++;
        }
        if (k < 0 || !isQuoteMark(t.get(k))) {
            return false;
        }
        int e = end;
        while (e < t.size() && t.get(e).isWord() && t.get(e).capitalized() && words <= MAX_TITLE_WORDS) {
            e++;
            words++;
        }
        if (e < t.size() && t.get(e).is(",")) {
            e++;
        }
        return e < t.size() && isQuoteMark(t.get(e)) && words <= MAX_TITLE_WORDS;
    }
    private static boolean isQuoteMark(LexToken t) {
        return t.is("\"") || t.is("\u201c") || t.is("\u201d");
    }
    /** "are flying over the region today", "have been demonstrating today": an event going on that day. */
    static boolean progressiveBefore(List<LexToken> t, int i) {
        for (int k = i - 1; k >= Math.max(0, i - PROGRESSIVE_WINDOW); k--) {
            LexToken w = t.get(k);
            if (!w.isWord()) {
                return false;
            }
            if (w.lower().endsWith("ing") && w.lower().length() > 4 && k > 0 && BE_FORMS.contains(t.get(k - 1).lower())) {
                return true;
            }
        }
        return false;
    }
}
