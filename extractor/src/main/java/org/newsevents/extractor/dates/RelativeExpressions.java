package org.newsevents.extractor.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.newsevents.schemas.Granularity;

/**
 * Date expressions counted from the publication day: weekdays, "last/next/this" + unit, weekday or
 * month, "yesterday"/"today"/"tomorrow" and "N units ago". Part of {@link DateExpressionMatcher}'s
 * grammar; stateless and thread-safe.
 */
final class RelativeExpressions {
    static final Set<String> SHIFTERS = Set.of("last", "next", "this");

    private final DateLexicon lexicon;
    private final DateCues cues;

    RelativeExpressions(DateLexicon lexicon, DateCues cues) {
        this.lexicon = lexicon;
        this.cues = cues;
    }

    /** "Monday", "Tuesday last week", "Friday next week". */
    DateMatch weekday(List<LexToken> t, int i, DateExpressionMatcher.Scope scope) {
        DayOfWeek dow = DayOfWeek.of(lexicon.weekdaysFull.get(t.get(i).lower()));
        if (DateCues.recurring(t, i) || cues.recurringPartOfDay(t, i + 1) || DateCues.inQuotedTitle(t, i, i + 1)) {
            return null; // "each Thursday", "on Monday and Tuesday nights", "Fox News Sunday"
        }
        if (i + 2 < t.size() && SHIFTERS.contains(t.get(i + 1).lower()) && t.get(i + 2).is("week")) {
            int weeks = weekShift(t.get(i + 1).lower());
            return new DateMatch(i, i + 3, anchor -> DateValues.day(DateValues.weekdayInWeek(dow, anchor.plusWeeks(weeks))), true);
        }
        Tense context = scope.tense(i, i + 1);
        Tense tense = context != Tense.PAST && cues.deadline(t, i, context) ? Tense.FUTURE : context; // "as early as Tuesday"
        return new DateMatch(i, i + 1, anchor -> DateValues.day(DateValues.weekday(dow, anchor, tense)), true);
    }

    /** "last week", "this month", "next year", "last Tuesday", "last October". */
    DateMatch shifted(List<LexToken> t, int i, DateExpressionMatcher.Scope scope) {
        if (i + 1 >= t.size()) {
            return null;
        }
        String shifter = t.get(i).lower();
        LexToken next = t.get(i + 1);
        if (DateCues.inQuotedTitle(t, i, i + 2)) {
            return null; // ABC's "This Week"
        }
        if (next.isWord() && next.capitalized() && lexicon.weekdaysFull.containsKey(next.lower())) {
            DayOfWeek dow = DayOfWeek.of(lexicon.weekdaysFull.get(next.lower()));
            Tense tense = scope.tense(i, i + 2);
            return new DateMatch(i, i + 2, anchor -> DateValues.day(switch (shifter) {
                case "last" -> anchor.with(java.time.temporal.TemporalAdjusters.previous(dow));
                case "next" -> anchor.with(java.time.temporal.TemporalAdjusters.next(dow));
                default -> DateValues.weekday(dow, anchor, tense);
            }), true);
        }
        if (next.isWord() && next.capitalized() && lexicon.monthsFull.containsKey(next.lower())) {
            int m = lexicon.monthsFull.get(next.lower());
            return new DateMatch(i, i + 2, anchor -> DateValues.month(shiftedMonth(shifter, m, anchor)), true);
        }
        Granularity unit = lexicon.units.get(next.lower());
        if (unit == null || next.lower().endsWith("s") || vagueBefore(t, i)) {
            return null; // "over the last year" is a duration, "last weeks" is not a calendar unit
        }
        int n = weekShift(shifter);
        return new DateMatch(i, i + 2, anchor -> switch (unit) {
            case DAY -> DateValues.day(anchor.plusDays(n));
            case WEEK -> DateValues.week(anchor.plusWeeks(n));
            case MONTH -> DateValues.month(YearMonth.from(anchor).plusMonths(n));
            case YEAR -> DateValues.year(anchor.getYear() + n);
        }, true);
    }

    /** "yesterday", "tomorrow", and "today" only when it names the day of a past or future event. */
    DateMatch deictic(List<LexToken> t, int i, DateExpressionMatcher.Scope scope) {
        String w = t.get(i).lower();
        if (w.equals("yesterday")) {
            return new DateMatch(i, i + 1, anchor -> DateValues.day(anchor.minusDays(1)), true);
        }
        boolean nowadays = i > 0 && lexicon.todayNowadays.contains(t.get(i - 1).lower());
        if (w.equals("tomorrow")) {
            // "the people of tomorrow" is figurative
            return nowadays ? null : new DateMatch(i, i + 1, anchor -> DateValues.day(anchor.plusDays(1)), true);
        }
        boolean possessive = i + 2 < t.size() && t.get(i + 1).is("'") && t.get(i + 2).is("s");
        if (possessive || nowadays) {
            return null;
        }
        Tense tense = scope.tense(i, i + 1);
        if (tense != Tense.PAST && tense != Tense.FUTURE && !DateCues.progressiveBefore(t, i)) {
            return null; // "today" in a present-simple clause usually means "nowadays"
        }
        return new DateMatch(i, i + 1, DateValues::day, true);
    }

    /** "three days ago", "2 weeks ago", "a year and a half ago". */
    DateMatch ago(List<LexToken> t, int i, int n) {
        int p = i + 1;
        boolean half = false;
        if (andAHalf(t, p)) {
            half = true;
            p += 3;
        }
        if (p >= t.size()) {
            return null;
        }
        Granularity unit = lexicon.units.get(t.get(p).lower());
        if (unit == null) {
            return null;
        }
        p++;
        if (!half && andAHalf(t, p)) {
            half = true;
            p += 3;
        }
        if (p >= t.size() || !t.get(p).is("ago")) {
            return null;
        }
        boolean halfUnit = half;
        return new DateMatch(i, p + 1, anchor -> switch (unit) {
            case DAY -> DateValues.day(anchor.minusDays(n));
            case WEEK -> DateValues.week(anchor.minusWeeks(n));
            case MONTH -> DateValues.month(YearMonth.from(anchor).minusMonths(n));
            case YEAR -> halfUnit
                    ? DateValues.month(YearMonth.from(anchor).minusMonths(12L * n + 6))
                    : DateValues.year(anchor.getYear() - n);
        }, true);
    }

    private boolean vagueBefore(List<LexToken> t, int i) {
        return i > 0 && lexicon.vaguePreceders.contains(t.get(i - 1).lower());
    }

    static int weekShift(String shifter) {
        return switch (shifter) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
    }

    private static YearMonth shiftedMonth(String shifter, int month, LocalDate anchor) {
        YearMonth here = YearMonth.from(anchor);
        YearMonth sameYear = YearMonth.of(anchor.getYear(), month);
        return switch (shifter) {
            case "last" -> sameYear.isBefore(here) ? sameYear : sameYear.minusYears(1);
            case "next" -> sameYear.isAfter(here) ? sameYear : sameYear.plusYears(1);
            default -> sameYear;
        };
    }

    private static boolean andAHalf(List<LexToken> t, int p) {
        return p + 2 < t.size() && t.get(p).is("and") && t.get(p + 1).is("a") && t.get(p + 2).is("half");
    }
}
