package org.newsevents.extractor.published;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.newsevents.extractor.dates.AbsoluteDate;
import org.newsevents.extractor.dates.AbsoluteDateParser;
import org.newsevents.extractor.dates.DateLexer;
import org.newsevents.extractor.dates.DateLexicon;
import org.newsevents.extractor.dates.LexToken;
import org.newsevents.extractor.text.Paragraph;
import org.newsevents.schemas.PublishedFrom;

/**
 * Publication date from the feed, else from the story's own date near the top of the page, else the
 * received day (UTC). Top-of-page dates are ranked by general signals: a date after a byline marker
 * ("By", "|", "@", "Updated", "Published") beats a dateline ("Washington, Oct 9"), which ties with a
 * bare date line ("April 25, 2023"); a bare timestamp line ("February 07, 2026 09:53 am (IST)", the
 * typical scrape/print stamp) ranks lowest, and a date years later than every other dated mention in
 * the text is marked down.
 *
 * <p>A year-less dateline takes the latest year of the text's fully dated mentions ("July 27, 2023").
 * When the text has none, the newswire rule of {@link DatelineYearFromLede} applies: the lede reports
 * its event on a named weekday ("on Monday (local time)", "(Reuters) - ... Tuesday"), which wire copy puts
 * on the dateline day or, filed across time zones, the day before; so the year is the most recent one
 * (at most the received year, at most {@link DatelineYearFromLede#YEARS_BACK} years back, and not before
 * a year the story looks back on, "since 2020") whose dateline day is that weekday or the next. With no
 * weekday in the lede, or no year that fits, it is the received year (the year before when the day would
 * lie after the received day). Uses the date grammar of the dates package. Stateless and thread-safe.
 */
public final class TextPublicationDateResolver implements PublicationDateResolver {
    /** Only the top of the page can carry the story's own date. */
    static final int TOP_CHARS = 5000;
    /** Datelines, bylines and date lines sit in the first tokens of their line. */
    static final int LEAD_TOKENS = 14;
    /** After this many prose paragraphs the story body has begun. */
    static final int PROSE_PARAGRAPHS = 3;
    private static final int PROSE_WORDS = 20;

    private final AbsoluteDateParser parser;
    private final Set<String> bylineMarkers;
    private final Set<String> timeWords;
    private final Set<String> notDatelineStarts;
    private final DatelineYearFromLede ledeYear = new DatelineYearFromLede();

    public TextPublicationDateResolver() {
        this.parser = new AbsoluteDateParser(DateLexicon.get());
        this.bylineMarkers = WordLists.read("byline-markers.txt");
        this.timeWords = WordLists.read("time-words.txt");
        this.notDatelineStarts = WordLists.read("not-dateline-starts.txt");
    }

    @Override
    public PublishedDate resolve(String text, List<Paragraph> paragraphs, String feedPublished, Instant receivedAt) {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(receivedAt, "receivedAt is required: it is the last resort for the publication date");
        if (feedPublished != null && !feedPublished.isBlank()) {
            return new PublishedDate(parseFeedDate(feedPublished.strip()), PublishedFrom.FEED);
        }
        LocalDate received = LocalDate.ofInstant(receivedAt, ZoneOffset.UTC);
        List<Paragraph> blocks = paragraphs == null || paragraphs.isEmpty()
                ? List.of(new Paragraph(0, 0, text.length(), text, false, null)) : paragraphs;
        TextYears textYears = textYears(text, blocks, received.getYear());
        Candidate best = null;
        int prose = 0;
        for (Paragraph p : blocks) {
            if (p.start() > TOP_CHARS || prose >= PROSE_PARAGRAPHS) {
                break;
            }
            List<LexToken> tokens = DateLexer.lex(text, p.start(), p.end());
            Candidate c = candidate(text, tokens, p, received, textYears);
            if (c != null && (best == null || c.score > best.score)) {
                best = c;
            }
            if (isProse(tokens)) {
                prose++;
            }
        }
        if (best != null) {
            return new PublishedDate(best.date, PublishedFrom.TEXT);
        }
        return new PublishedDate(received, PublishedFrom.RECEIVED);
    }

    /** ISO date, ISO date-time (the date as the feed states it) or RFC 1123 ("Tue, 1 Aug 2023 10:00:00 GMT"). */
    static LocalDate parseFeedDate(String s) {
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return OffsetDateTime.parse(s).toLocalDate();
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return LocalDate.ofInstant(Instant.parse(s), ZoneOffset.UTC);
        } catch (DateTimeParseException ignored) {
            // next format
        }
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("feed publication date '" + s
                    + "' is neither ISO-8601 (2023-08-01, 2023-08-01T10:00:00Z) nor RFC 1123", e);
        }
    }

    private Candidate candidate(String text, List<LexToken> tokens, Paragraph p, LocalDate received, TextYears textYears) {
        Candidate best = null;
        int limit = Math.min(tokens.size(), LEAD_TOKENS);
        for (int i = 0; i < limit; i++) {
            AbsoluteDate d = parser.parse(tokens, i, received);
            if (d == null || d.day() == null) {
                continue;
            }
            int score = score(tokens, d);
            if (score == 0) {
                i = d.endToken() - 1;
                continue;
            }
            LocalDate date = d.year() != null ? LocalDate.of(d.year(), d.month(), d.day())
                    : withYear(d.month(), d.day(), received, textYears, text, tokens.get(d.endToken() - 1).end());
            if (date == null || date.isAfter(received.plusDays(1))) {
                i = d.endToken() - 1;
                continue; // a story cannot be published after it was received
            }
            if (laterThanEveryOtherDate(date, textYears.dated())) {
                score -= 15;
            }
            if (p.boilerplate()) {
                score -= 5;
            }
            if (best == null || score > best.score) {
                best = new Candidate(date, score);
            }
            i = d.endToken() - 1;
        }
        return best;
    }

    /** 30 byline, 20 dateline or bare date line, 12 timestamp line, 0 a date in prose. */
    private int score(List<LexToken> t, AbsoluteDate d) {
        for (int k = d.startToken() - 1; k >= 0; k--) {
            LexToken m = t.get(k);
            if (bylineMarkers.contains(m.lower()) && !(m.is("by") && k == d.startToken() - 1)) {
                return 30;
            }
        }
        if (isDateline(t, d)) {
            return 20;
        }
        if (d.startToken() == 0 && restIsTime(t, d.endToken())) {
            return hasNumber(t, d.endToken()) ? 12 : 20;
        }
        return 0;
    }

    /** "WASHINGTON, Aug 1 (Reuters) -", "Washington, D.C [US], August 1 :": capitalized place words, a comma, the date. */
    private boolean isDateline(List<LexToken> t, AbsoluteDate d) {
        if (d.startToken() < 2 || !t.get(d.startToken() - 1).is(",") || notDatelineStarts.contains(t.get(0).lower())) {
            return false;
        }
        for (int k = 0; k < d.startToken(); k++) {
            LexToken x = t.get(k);
            if (x.isWord() && (!x.capitalized() || DateLexicon.get().isCalendarWord(x.lower()))) {
                return false;
            }
        }
        return true;
    }

    /** True when what follows the date on its line is only a time ("06:55 IST", ", at 03:32 pm", "(IST)"). */
    private boolean restIsTime(List<LexToken> t, int from) {
        for (int k = from; k < t.size(); k++) {
            LexToken x = t.get(k);
            if (x.isWord() && !timeWords.contains(x.lower())) {
                return false;
            }
        }
        return t.size() - from <= 12;
    }

    private static boolean hasNumber(List<LexToken> t, int from) {
        for (int k = from; k < t.size(); k++) {
            if (t.get(k).isNumber()) {
                return true;
            }
        }
        return false;
    }

    /**
     * A year-less dateline takes the latest year the text's dated mentions give; else the year its
     * lede's weekday fits (the lede starts at {@code ledeFrom}); else the received year.
     */
    private LocalDate withYear(int month, int day, LocalDate received, TextYears textYears, String text, int ledeFrom) {
        LocalDate limit = received.plusDays(1);
        if (textYears.dated().isEmpty()) {
            DayOfWeek weekday = ledeYear.ledeWeekday(text, ledeFrom);
            LocalDate fitted = weekday == null ? null
                    : DatelineYearFromLede.choose(month, day, weekday, textYears.pastFloor(), received.getYear(), limit);
            if (fitted != null) {
                return fitted;
            }
        }
        int year = textYears.dated().isEmpty() ? received.getYear() : textYears.dated().stream().max(Integer::compare).get();
        for (int y = year; y >= year - 1; y--) {
            if (day <= java.time.YearMonth.of(y, month).lengthOfMonth() && !LocalDate.of(y, month, day).isAfter(limit)) {
                return LocalDate.of(y, month, day);
            }
        }
        return null;
    }

    private static boolean laterThanEveryOtherDate(LocalDate date, List<Integer> textYears) {
        int others = 0;
        for (int y : textYears) {
            if (y != date.getYear()) {
                others++;
                if (y >= date.getYear() - 1) {
                    return false;
                }
            }
        }
        return others > 0;
    }

    /**
     * Years of the fully dated mentions ("July 27, 2023", "August 2023") and the latest bare year the
     * story looks back on ("since 2020"), outside boilerplate, in one pass.
     */
    private TextYears textYears(String text, List<Paragraph> blocks, int receivedYear) {
        List<Integer> years = new ArrayList<>();
        int pastFloor = Integer.MIN_VALUE;
        for (Paragraph p : blocks) {
            if (p.boilerplate()) {
                continue;
            }
            List<LexToken> tokens = DateLexer.lex(text, p.start(), p.end());
            pastFloor = ledeYear.pastYearFloor(tokens, receivedYear, pastFloor);
            for (int i = 0; i < tokens.size(); i++) {
                AbsoluteDate d = parser.parse(tokens, i, null);
                if (d != null) {
                    if (d.year() != null) {
                        years.add(d.year());
                    }
                    i = d.endToken() - 1;
                }
            }
        }
        return new TextYears(years, pastFloor);
    }

    private static boolean isProse(List<LexToken> tokens) {
        int words = 0;
        for (LexToken t : tokens) {
            if (t.isWord()) {
                words++;
            }
        }
        if (words < PROSE_WORDS || tokens.isEmpty()) {
            return false;
        }
        String last = tokens.get(tokens.size() - 1).lower();
        return last.equals(".") || last.equals("\"") || last.equals("\u201d");
    }

    private record Candidate(LocalDate date, int score) {
    }

    /** Years of full dates in the text, and the floor a year-less dateline's year cannot go below. */
    private record TextYears(List<Integer> dated, int pastFloor) {
    }
}
