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

    private DateValues() {
    }

    public record Value(String value, Granularity granularity) {
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

    /** A year-less "Month Day": nearest occurrence if close, else the one the tense points to. */
    public static LocalDate monthDay(int month, int day, LocalDate anchor, Tense tense) {
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
        if (tense == Tense.PAST && past != null) {
            return past;
        }
        if ((tense == Tense.FUTURE || tense == Tense.PRESENT) && future != null) {
            return future; // "the license expires on April 18"
        }
        return nearest;
    }

    /**
     * A month without year: past context the most recent not after the anchor; future or present
     * ("the EU reviews the sanctions in July") the next; else nearest.
     */
    public static YearMonth month(int month, LocalDate anchor, Tense tense) {
        YearMonth here = YearMonth.from(anchor);
        YearMonth sameYear = YearMonth.of(anchor.getYear(), month);
        YearMonth past = sameYear.isAfter(here) ? sameYear.minusYears(1) : sameYear;
        YearMonth future = sameYear.isBefore(here) ? sameYear.plusYears(1) : sameYear;
        if (tense == Tense.PAST) {
            return past;
        }
        if (tense == Tense.FUTURE || tense == Tense.PRESENT) {
            return future;
        }
        long back = ChronoUnit.MONTHS.between(past, here);
        long ahead = ChronoUnit.MONTHS.between(here, future);
        return ahead < back ? future : past;
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
