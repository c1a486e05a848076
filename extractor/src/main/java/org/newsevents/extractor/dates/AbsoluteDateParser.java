package org.newsevents.extractor.dates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * Recognises written-out calendar dates at a token position: "October 9, 2024", "Jan. 28, 2019",
 * "Aug 1", "1 August 2023", "24th of May", "Friday, 24 May 2024", "August 2023", "2023-09-04",
 * "12/09/2023" (only when day and month cannot be swapped, or one reading is the reference day).
 * Each attempt looks at a bounded number of tokens. Shared by the date extractor and the
 * publication-date resolver. Stateless.
 */
public final class AbsoluteDateParser {
    private static final Set<String> ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> NUMERIC_SEPARATORS = Set.of("/", ".", "-");

    private final DateLexicon lexicon;

    public AbsoluteDateParser(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /**
     * The date starting at token {@code i}, or null.
     *
     * @param reference the day an ambiguous numeric date (03/04/2023) may be checked against, or null
     */
    public AbsoluteDate parse(List<LexToken> t, int i, LocalDate reference) {
        LexToken first = t.get(i);
        if (first.isWord() && first.capitalized()) {
            boolean full = lexicon.weekdaysFull.containsKey(first.lower());
            if (full || lexicon.weekdaysAbbreviated.containsKey(first.lower())) {
                // A weekday directly attached to a date stays in the span ("Friday, 24 May 2024").
                int k = i + 1;
                if (!full && k < t.size() && t.get(k).is(".")) {
                    k++;
                }
                if (k < t.size() && t.get(k).is(",")) {
                    k++;
                }
                AbsoluteDate core = k < t.size() ? core(t, k, reference) : null;
                if (core != null && core.day() != null && (full || k > i + 1)) {
                    return new AbsoluteDate(i, core.endToken(), core.year(), core.month(), core.day());
                }
                return null;
            }
        }
        return core(t, i, reference);
    }

    private AbsoluteDate core(List<LexToken> t, int i, LocalDate reference) {
        LexToken first = t.get(i);
        if (first.isWord()) {
            return first.capitalized() ? monthFirst(t, i) : null;
        }
        if (first.isNumber() && !continuesNumber(t, i)) {
            if (first.text().length() == 4) {
                return isoDate(t, i);
            }
            if (first.text().length() <= 2) {
                AbsoluteDate numeric = numericDate(t, i, reference);
                return numeric != null ? numeric : dayFirst(t, i);
            }
        }
        return null;
    }

    /** "October 9, 2024", "Aug. 1", "August 1st", "Sep 12 2023", "August 2023", "August of 2023". */
    private AbsoluteDate monthFirst(List<LexToken> t, int i) {
        Integer month = lexicon.month(t.get(i));
        if (month == null) {
            return null;
        }
        int p = i + 1;
        if (lexicon.isMonthAbbreviation(t.get(i)) && p < t.size() && t.get(p).is(".") && t.get(p).touches(t.get(i))) {
            p++;
        }
        if (p >= t.size()) {
            return null;
        }
        int day = dayNumber(t, p);
        if (day > 0) {
            int q = skipOrdinal(t, p + 1);
            int r = q < t.size() && t.get(q).is(",") ? q + 1 : q;
            if (r < t.size() && isYear(t, r)) {
                return valid(i, r + 1, t.get(r).number(), month, day);
            }
            return valid(i, q, null, month, day);
        }
        int r = p < t.size() && t.get(p).is("of") ? p + 1 : p;
        if (r < t.size() && isYear(t, r)) {
            return new AbsoluteDate(i, r + 1, t.get(r).number(), month, null);
        }
        return null;
    }

    /** "1 August 2023", "24 May", "1st of August", "9 Oct. 2024". */
    private AbsoluteDate dayFirst(List<LexToken> t, int i) {
        int day = dayNumber(t, i);
        if (day <= 0) {
            return null;
        }
        int p = skipOrdinal(t, i + 1);
        if (p < t.size() && t.get(p).is("of")) {
            p++;
        }
        if (p >= t.size() || !t.get(p).isWord() || !t.get(p).capitalized()) {
            return null;
        }
        Integer month = lexicon.month(t.get(p));
        if (month == null) {
            return null;
        }
        int q = p + 1;
        if (lexicon.isMonthAbbreviation(t.get(p)) && q < t.size() && t.get(q).is(".") && t.get(q).touches(t.get(p))) {
            q++;
        }
        int r = q < t.size() && t.get(q).is(",") ? q + 1 : q;
        if (r < t.size() && isYear(t, r)) {
            return valid(i, r + 1, t.get(r).number(), month, day);
        }
        return valid(i, q, null, month, day);
    }

    /** "2023-09-04", "2023/09/04". */
    private AbsoluteDate isoDate(List<LexToken> t, int i) {
        if (i + 4 >= t.size()) {
            return null;
        }
        LexToken sep1 = t.get(i + 1);
        LexToken m = t.get(i + 2);
        LexToken sep2 = t.get(i + 3);
        LexToken d = t.get(i + 4);
        if (!(sep1.is("-") || sep1.is("/")) || !sep2.is(sep1.lower()) || !m.isNumber() || !d.isNumber()
                || !adjacentRun(t, i, i + 4) || m.text().length() > 2 || d.text().length() > 2
                || runsOn(t, i + 4)) {
            return null;
        }
        return valid(i, i + 5, t.get(i).number(), m.number(), d.number());
    }

    /** "12/09/2023", "24.05.2024", "9-10-2024": day and month must be unambiguous or match the reference day. */
    private AbsoluteDate numericDate(List<LexToken> t, int i, LocalDate reference) {
        if (i + 4 >= t.size()) {
            return null;
        }
        LexToken sep1 = t.get(i + 1);
        LexToken b = t.get(i + 2);
        LexToken sep2 = t.get(i + 3);
        LexToken y = t.get(i + 4);
        if (!NUMERIC_SEPARATORS.contains(sep1.lower()) || !sep2.is(sep1.lower()) || !b.isNumber()
                || b.text().length() > 2 || !y.isNumber() || y.text().length() != 4
                || !adjacentRun(t, i, i + 4) || runsOn(t, i + 4)) {
            return null;
        }
        int first = t.get(i).number();
        int second = b.number();
        int year = y.number();
        AbsoluteDate dayMonth = valid(i, i + 5, year, second, first);
        AbsoluteDate monthDay = valid(i, i + 5, year, first, second);
        if (sep1.is(".") || first == second) {
            return dayMonth; // dotted dates are day.month.year wherever they are used
        }
        if (dayMonth == null || monthDay == null) {
            return dayMonth != null ? dayMonth : monthDay;
        }
        if (reference != null) {
            if (reference.equals(toDate(dayMonth))) {
                return dayMonth;
            }
            if (reference.equals(toDate(monthDay))) {
                return monthDay;
            }
        }
        return null;
    }

    private int dayNumber(List<LexToken> t, int p) {
        LexToken d = t.get(p);
        if (!d.isNumber() || d.text().length() > 2) {
            return -1;
        }
        int n = d.number();
        if (n < 1 || n > 31) {
            return -1;
        }
        if (p + 1 < t.size()) {
            LexToken next = t.get(p + 1);
            if (next.touches(d) && !allowedAfterDay(t, p + 1)) {
                return -1; // "May 10:30", "June 1.5", "March 3,000", "12/09", "5%"
            }
            if (lexicon.numberBlockersAfter.contains(next.lower())) {
                return -1;
            }
        }
        return n;
    }

    private static boolean allowedAfterDay(List<LexToken> t, int k) {
        LexToken next = t.get(k);
        if (next.isWord()) {
            return ORDINAL_SUFFIXES.contains(next.lower());
        }
        if (next.is(",") || next.is(".") || next.is(":")) { // "April 25:" but not "May 10:30"
            return k + 1 >= t.size() || !(t.get(k + 1).isNumber() && t.get(k + 1).touches(next));
        }
        return next.is(")") || next.is("]") || next.is(";") || next.is("'");
    }

    /** True when token k runs on into more digits ("2023-09-04-17", "12/09/2023/5"). */
    static boolean runsOn(List<LexToken> t, int k) {
        if (k + 1 >= t.size() || !t.get(k + 1).touches(t.get(k))) {
            return false;
        }
        LexToken next = t.get(k + 1);
        if (next.isNumber()) {
            return true;
        }
        return !next.isWord() && k + 2 < t.size() && t.get(k + 2).isNumber() && t.get(k + 2).touches(next);
    }

    private static int skipOrdinal(List<LexToken> t, int q) {
        if (q < t.size() && ORDINAL_SUFFIXES.contains(t.get(q).lower()) && t.get(q).touches(t.get(q - 1))) {
            return q + 1;
        }
        return q;
    }

    /** A four-digit year 1000-2999 that does not run on into more digits. */
    boolean isYear(List<LexToken> t, int r) {
        LexToken y = t.get(r);
        if (!y.isNumber() || y.text().length() != 4) {
            return false;
        }
        int n = y.number();
        if (n < 1000 || n > 2999) {
            return false;
        }
        if (r + 1 < t.size()) {
            LexToken next = t.get(r + 1);
            if (next.touches(y) && (next.isWord() || next.isNumber())) {
                return false; // "2020s", "2020a"
            }
            if (next.touches(y) && (next.is(".") || next.is(",") || next.is("/")) && r + 2 < t.size()
                    && t.get(r + 2).isNumber() && t.get(r + 2).touches(next)) {
                return false; // "2023.5", "2,023,000"
            }
            return !lexicon.numberBlockersAfter.contains(next.lower());
        }
        return true;
    }

    /** True when token i is glued to a preceding number ("1.5", "202-555"), so it cannot start a date. */
    static boolean continuesNumber(List<LexToken> t, int i) {
        if (i == 0 || !t.get(i).touches(t.get(i - 1))) {
            return false;
        }
        LexToken prev = t.get(i - 1);
        if (prev.isNumber() || prev.isWord()) {
            return true;
        }
        return i >= 2 && t.get(i - 2).isNumber() && prev.touches(t.get(i - 2));
    }

    private static boolean adjacentRun(List<LexToken> t, int from, int to) {
        for (int k = from + 1; k <= to; k++) {
            if (!t.get(k).touches(t.get(k - 1))) {
                return false;
            }
        }
        return true;
    }

    private static AbsoluteDate valid(int start, int end, Integer year, int month, int day) {
        if (month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (year == null) {
            return java.time.Month.of(month).maxLength() >= day ? new AbsoluteDate(start, end, null, month, day) : null;
        }
        if (day > java.time.YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        return new AbsoluteDate(start, end, year, month, day);
    }

    static LocalDate toDate(AbsoluteDate d) {
        return LocalDate.of(d.year(), d.month(), d.day());
    }
}
