package org.newsevents.extractor.dates;

import java.time.YearMonth;
import java.util.List;
import org.newsevents.schemas.Granularity;

/**
 * Calendar periods named by a phrase (period-phrases.txt): the current year or month ("the current
 * fiscal year", "year-end", "the end of the month"), publication-relative comparisons ("year-ago",
 * "a year earlier"), anaphoric references ("that year", "the following month"), and "the year" of a
 * part of it ("the first four months of the year", "for the year", "earlier in the year").
 * Stateless.
 */
final class PeriodExpressions {
    private final DateLexicon lexicon;

    PeriodExpressions(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** The period expression starting at i, or null. */
    DateMatch match(List<LexToken> t, int i) {
        if (i > 0 && lexicon.durationPreceders.contains(t.get(i - 1).lower())) {
            return null; // "over the following year" is a stretch of time
        }
        PeriodPhrase best = null;
        for (PeriodPhrase p : lexicon.periodPhrases.getOrDefault(t.get(i).lower(), List.of())) {
            if ((best == null || p.tokens().size() > best.tokens().size()) && TenseDetector.matches(t, i, p.tokens())) {
                best = p;
            }
        }
        if (best != null && !followedByNumber(t, i + best.tokens().size())) {
            PeriodPhrase p = best;
            return new DateMatch(i, i + p.tokens().size(), anchor -> shifted(anchor, p.granularity(), p.shift()), true, p.anaphora());
        }
        if (t.get(i).is("the") && i + 1 < t.size() && t.get(i + 1).is("year") && yearOfAPart(t, i)) {
            return new DateMatch(i, i + 2, anchor -> DateValues.year(anchor.getYear()), true);
        }
        return null;
    }

    /** "the year" at i is the current one: "(months) of the year", "for the year", "earlier in the year". */
    private boolean yearOfAPart(List<LexToken> t, int i) {
        if (i < 1 || followedByNumber(t, i + 2) || (i + 2 < t.size() && (t.get(i + 2).is("'") || t.get(i + 2).is("-")))) {
            // "the year 2000", "the year's", "the year-earlier nine months"
            return false;
        }
        LexToken prev = t.get(i - 1);
        if (prev.is("for")) {
            return true;
        }
        if (i < 2) {
            return false;
        }
        String before = t.get(i - 2).lower();
        return (prev.is("of") && lexicon.periodNouns.contains(before))
                || (prev.is("in") && (before.equals("earlier") || before.equals("later")));
    }

    /** "the fiscal year 2018": the number is the date, the phrase only introduces it. */
    private static boolean followedByNumber(List<LexToken> t, int p) {
        return p < t.size() && t.get(p).isNumber();
    }

    private static DateValues.Value shifted(java.time.LocalDate anchor, Granularity granularity, int shift) {
        return switch (granularity) {
            case DAY -> DateValues.day(anchor.plusDays(shift));
            case WEEK -> DateValues.week(anchor.plusWeeks(shift));
            case MONTH -> DateValues.month(YearMonth.from(anchor).plusMonths(shift));
            case YEAR -> DateValues.year(anchor.getYear() + shift);
        };
    }
}
