package org.newsevents.extractor.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import org.newsevents.schemas.Granularity;

/** Normalized values (YYYY-MM-DD, YYYY-Www, YYYY-MM, YYYY) and the calendar arithmetic behind them. */
public final class DateValues {
    /** Within this many days of the anchor a year-less "Month Day" is taken at its nearest occurrence, whatever the tense. */
    static final int NEAR_DAYS = 7;
    /** A deadline or schedule date is taken in the future when it lies at most this far ahead. */
    static final int DEADLINE_DAYS = 183;
    static final int DEADLINE_MONTHS = 6;
    /** With no tense, the last occurrence wins unless the next is nearer by more than this (news reports what happened). */
    static final int PAST_MARGIN_DAYS = 31;
    static final int PAST_MARGIN_MONTHS = 1;

    private DateValues() {
    }

    public record Value(String value, Granularity granularity) {
    }

    /** The first day of the period a value names (a week's Monday). */
    public static LocalDate start(Value v) {
        String s = v.value();
        return switch (v.granularity()) {
            case DAY -> LocalDate.parse(s);
            case WEEK -> LocalDate.of(Integer.parseInt(s.substring(0, 4)), 1, 4)
                    .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(s.substring(6)))
                    .with(DayOfWeek.MONDAY);
            case MONTH -> YearMonth.parse(s).atDay(1);
            case YEAR -> LocalDate.of(Integer.parseInt(s), 1, 1);
        };
    }

    public static Value day(LocalDate d) {
        return new Value(d.toString(), Granularity.DAY);
    }

    public static Value week(LocalDate anyDayOfWeek) {
        return new Value(pad(anyDayOfWeek.get(IsoFields.WEEK_BASED_YEAR), 4) + "-W"
                + pad(anyDayOfWeek.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2), Granularity.WEEK);
    }

    public static Value month(YearMonth ym) {
        return new Value(pad(ym.getYear(), 4) + "-" + pad(ym.getMonthValue(), 2), Granularity.MONTH);
    }

    public static Value year(int year) {
        return new Value(pad(year, 4), Granularity.YEAR);
    }

    private static String pad(int n, int width) {
        String s = Integer.toString(n);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    /**
     * A year-less "Month Day": nearest occurrence if close; a deadline ("payable Dec. 1", "extended
     * to Nov. 20") the next one when it is at most half a year ahead; else the one the tense points
     * to: past for past, next for future; for present ("expires on April 18") the next unless the
     * last one is much nearer; with no tense the last unless the next one is nearer by more than a
     * month (news reports what happened).
     */
    public static LocalDate monthDay(int month, int day, LocalDate anchor, Tense tense, boolean deadline) {
        LocalDate nearest = null;
        LocalDate past = null;
        LocalDate future = null;
        for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
            if (day > YearMonth.of(y, month).lengthOfMonth()) {
                continue;
            }
            LocalDate c = LocalDate.of(y, month, day);
            if (nearest == null || distance(c, anchor) < distance(nearest, anchor)) {
                nearest = c;
            }
            if (!c.isAfter(anchor)) {
                past = c;
            }
            if (!c.isBefore(anchor) && future == null) {
                future = c;
            }
        }
        if (nearest == null || distance(nearest, anchor) <= NEAR_DAYS) {
            return nearest;
        }
        if (deadline && future != null && distance(future, anchor) <= DEADLINE_DAYS) {
            return future;
        }
        if (tense == Tense.PAST && past != null) {
            return past;
        }
        if (tense == Tense.FUTURE && future != null) {
            return future;
        }
        if (tense == Tense.PRESENT && past != null && future != null) {
            return distance(future, anchor) < 2 * distance(past, anchor) ? future : past;
        }
        if (tense == Tense.UNKNOWN && past != null && future != null) {
            return distance(past, anchor) <= distance(future, anchor) + PAST_MARGIN_DAYS ? past : future;
        }
        return nearest;
    }

    /**
     * A month without year: a deadline ("by May", "through January") the next one when at most half
     * a year ahead; past context the most recent not after the anchor; future the next; present
     * ("the EU reviews the sanctions in July") the next unless the last is much nearer; with no
     * tense the last unless the next is nearer by more than a month.
     */
    public static YearMonth month(int month, LocalDate anchor, Tense tense, boolean deadline) {
        YearMonth here = YearMonth.from(anchor);
        YearMonth sameYear = YearMonth.of(anchor.getYear(), month);
        YearMonth past = sameYear.isAfter(here) ? sameYear.minusYears(1) : sameYear;
        YearMonth future = sameYear.isBefore(here) ? sameYear.plusYears(1) : sameYear;
        long back = ChronoUnit.MONTHS.between(past, here);
        long ahead = ChronoUnit.MONTHS.between(here, future);
        if (deadline && ahead <= DEADLINE_MONTHS) {
            return future;
        }
        if (tense == Tense.PAST) {
            return past;
        }
        if (tense == Tense.FUTURE) {
            return future;
        }
        if (tense == Tense.PRESENT) {
            return ahead < 2 * back ? future : past;
        }
        return back <= ahead + PAST_MARGIN_MONTHS ? past : future;
    }

    /**
     * A bare weekday: the anchor itself when it is that weekday (a report of that day's events),
     * else the nearest one before it, or after it in future context.
     */
    public static LocalDate weekday(DayOfWeek dow, LocalDate anchor, Tense tense) {
        if (anchor.getDayOfWeek() == dow) {
            return anchor;
        }
        return tense == Tense.FUTURE ? anchor.with(TemporalAdjusters.next(dow)) : anchor.with(TemporalAdjusters.previous(dow));
    }

    /** The given weekday inside the ISO week that contains {@code dayOfWeek}. */
    public static LocalDate weekdayInWeek(DayOfWeek dow, LocalDate dayOfWeek) {
        return dayOfWeek.with(DayOfWeek.MONDAY).plusDays(dow.getValue() - 1L);
    }

    private static long distance(LocalDate a, LocalDate b) {
        return Math.abs(ChronoUnit.DAYS.between(a, b));
    }
}
