package org.newsevents.web;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The publication day that news sites put in article paths: {@code /2018/07/26/}, {@code /2018-07-26/},
 * {@code /20180726/}, {@code /2018/jul/26/}, also at the end of a path segment ({@code story-2018-07-26.html}).
 * Only the path counts (a query string's dates are often search filters). Years 1990-2099.
 */
public final class UrlDate {
    private static final String YEAR = "((?:199|20\\d)\\d)";
    private static final Pattern SLASHED = Pattern.compile("/" + YEAR + "/(\\d{1,2})/(\\d{1,2})(?=/|$|[-_.])");
    private static final Pattern NAMED_MONTH = Pattern.compile("/" + YEAR + "/([a-z]{3,9})/(\\d{1,2})(?=/|$|[-_.])",
        Pattern.CASE_INSENSITIVE);
    private static final Pattern DASHED = Pattern.compile("(?<![0-9])" + YEAR + "[-_](\\d{2})[-_](\\d{2})(?![0-9])");
    private static final Pattern COMPACT = Pattern.compile("(?<=[/_-])" + YEAR + "(\\d{2})(\\d{2})(?=/|$|[-_.])");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
        Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
        Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11),
        Map.entry("dec", 12));

    private UrlDate() {}

    public static Optional<LocalDate> of(String url) {
        if (url == null || url.isBlank()) return Optional.empty();
        String path = path(url);
        return numeric(SLASHED.matcher(path)).or(() -> named(NAMED_MONTH.matcher(path)))
            .or(() -> numeric(DASHED.matcher(path))).or(() -> numeric(COMPACT.matcher(path)));
    }

    private static String path(String url) {
        String s = url.strip();
        int scheme = s.indexOf("://");
        if (scheme >= 0) {
            int slash = s.indexOf('/', scheme + 3);
            s = slash < 0 ? "" : s.substring(slash);
        }
        int cut = s.length();
        for (char c : new char[] {'?', '#'}) {
            int i = s.indexOf(c);
            if (i >= 0) cut = Math.min(cut, i);
        }
        return s.substring(0, cut);
    }

    private static Optional<LocalDate> numeric(Matcher m) {
        while (m.find()) {
            Optional<LocalDate> d = day(m.group(1), Integer.parseInt(m.group(2)), m.group(3));
            if (d.isPresent()) return d;
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> named(Matcher m) {
        while (m.find()) {
            String name = m.group(2).toLowerCase(Locale.ROOT);
            Integer month = MONTHS.get(name.substring(0, 3));
            if (month != null) {
                Optional<LocalDate> d = day(m.group(1), month, m.group(3));
                if (d.isPresent()) return d;
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> day(String year, int month, String day) {
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), month, Integer.parseInt(day)));
        } catch (DateTimeException notADay) {
            return Optional.empty();
        }
    }
}
