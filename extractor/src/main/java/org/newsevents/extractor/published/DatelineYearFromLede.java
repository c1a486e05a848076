package org.newsevents.extractor.published;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.newsevents.extractor.dates.AbsoluteDateParser;
import org.newsevents.extractor.dates.DateLexer;
import org.newsevents.extractor.dates.DateLexicon;
import org.newsevents.extractor.dates.LexToken;
import org.newsevents.extractor.dates.Tense;
import org.newsevents.extractor.dates.TenseDetector;

/**
 * The year of a year-less dateline ("Washington, D.C [US], August 1 : The United States on Monday
 * (local time) said ...") from the weekday its lede reports. Wire copy dates the lede's event on the
 * dateline day itself or, filed across time zones, on the day before; so the dateline's year is the
 * most recent year, at most the received year and not after the received day, in which the dateline
 * day falls on the lede weekday or the day after it. The search goes back at most {@link #YEARS_BACK}
 * years and never below the latest year the story looks back on ("since 2020"). Stateless and thread-safe.
 */
final class DatelineYearFromLede {
    /** The lede: the first content sentence(s) after the dateline. */
    static final int LEDE_TOKENS = 60;
    /** Bounds the characters lexed for the lede; 60 tokens fit well within it. */
    static final int LEDE_CHARS = 1000;
    /** Weekdays repeat on a date every 5-11 years: look no further back than this. */
    static final int YEARS_BACK = 7;

    private final AbsoluteDateParser parser = new AbsoluteDateParser(DateLexicon.get());
    private final TenseDetector tenses = new TenseDetector(DateLexicon.get());
    private final Set<String> pastYearPreceders = WordLists.read("past-year-preceders.txt");

    /**
     * The weekday of the first event the lede starting at {@code from} reports ("on Monday", wire-style
     * "Monday"), or null. A weekday in a future clause ("will meet on Friday") or inside a full date
     * ("Monday, July 31") is not the lede's event day.
     */
    DayOfWeek ledeWeekday(String text, int from) {
        List<LexToken> all = DateLexer.lex(text, from, Math.min(text.length(), from + LEDE_CHARS));
        List<LexToken> lede = all.subList(0, Math.min(all.size(), LEDE_TOKENS));
        Tense[] labels = null;
        int[] sentence = null;
        for (int i = 0; i < lede.size(); i++) {
            DayOfWeek w = weekday(lede.get(i));
            if (w == null || parser.parse(lede, i, null) != null) {
                continue;
            }
            if (labels == null) {
                labels = tenses.label(lede);
                sentence = sentences(lede);
            }
            if (tenses.tenseOf(labels, sentence, lede, i, i + 1) != Tense.FUTURE) {
                return w;
            }
        }
        return null;
    }

    /**
     * The most recent year in [max(floor, receivedYear - YEARS_BACK), receivedYear] in which
     * month/day is on {@code ledeDay} or the day after it and not after {@code limit}, or null.
     */
    static LocalDate choose(int month, int day, DayOfWeek ledeDay, int floor, int receivedYear, LocalDate limit) {
        int newest = receivedYear;
        int oldest = Math.max(floor, newest - YEARS_BACK);
        for (int y = newest; y >= oldest; y--) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue; // February 29
            }
            LocalDate date = LocalDate.of(y, month, day);
            DayOfWeek w = date.getDayOfWeek();
            if (!date.isAfter(limit) && (w == ledeDay || w == ledeDay.plus(1))) {
                return date;
            }
        }
        return null;
    }

    /**
     * The latest bare year the paragraph looks back on ("since 2020", "in 2019") that is not after
     * {@code receivedYear} and not in a future clause ("will hold elections in 2026"), else {@code floor}.
     */
    int pastYearFloor(List<LexToken> t, int receivedYear, int floor) {
        Tense[] labels = null;
        int[] sentence = null;
        for (int i = 1; i < t.size(); i++) {
            LexToken y = t.get(i);
            if (!isBareYear(t, i) || !pastYearPreceders.contains(t.get(i - 1).lower())) {
                continue;
            }
            int year = y.number();
            if (year <= floor || year > receivedYear) {
                continue;
            }
            if (labels == null) {
                labels = tenses.label(t);
                sentence = sentences(t);
            }
            if (tenses.tenseOf(labels, sentence, t, i - 1, i + 1) != Tense.FUTURE) {
                floor = year;
            }
        }
        return floor;
    }

    /** Four digits 1000-2999, standing alone: not "2020s", "2,023,000" or "2023.5". */
    private static boolean isBareYear(List<LexToken> t, int i) {
        LexToken y = t.get(i);
        if (!y.isNumber() || y.text().length() != 4 || y.number() < 1000 || y.number() > 2999
                || y.touches(t.get(i - 1))) {
            return false;
        }
        if (i + 1 >= t.size() || !t.get(i + 1).touches(y)) {
            return true;
        }
        LexToken next = t.get(i + 1);
        if (next.isWord() || next.isNumber()) {
            return false;
        }
        return !(i + 2 < t.size() && t.get(i + 2).isNumber() && t.get(i + 2).touches(next));
    }

    /** Full English weekday names only; java.time already names them, so no word list is needed. */
    private static DayOfWeek weekday(LexToken t) {
        if (!t.isWord() || !t.capitalized() || t.text().length() < 6 || !t.lower().endsWith("day")) {
            return null;
        }
        for (DayOfWeek d : DayOfWeek.values()) {
            if (d.name().equalsIgnoreCase(t.text())) {
                return d;
            }
        }
        return null;
    }

    /** Sentence number of each token, split after '.', '?', '!' so tense never crosses sentences. */
    private static int[] sentences(List<LexToken> t) {
        int[] s = new int[t.size()];
        int n = 0;
        for (int i = 0; i < t.size(); i++) {
            s[i] = n;
            String x = t.get(i).lower();
            if (x.equals(".") || x.equals("?") || x.equals("!")) {
                n++;
            }
        }
        return s;
    }
}
