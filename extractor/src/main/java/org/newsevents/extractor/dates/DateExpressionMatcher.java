package org.newsevents.extractor.dates;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The date grammar over one sentence's tokens: at a token position, the longest date expression
 * that starts there, or null. Every rule looks at a bounded number of tokens, so scanning a
 * sentence is linear in its length. Stateless and thread-safe.
 */
public final class DateExpressionMatcher {
    private static final int MAX_AGO = 1000;

    private final DateLexicon lexicon;
    private final AbsoluteDateParser absolute;
    private final TenseDetector tenses;
    private final YearExpressions years;
    private final PeriodExpressions periods;
    private final DateCues cues;
    private final RelativeExpressions relative;

    public DateExpressionMatcher(DateLexicon lexicon) {
        this.lexicon = lexicon;
        this.absolute = new AbsoluteDateParser(lexicon);
        this.tenses = new TenseDetector(lexicon);
        this.years = new YearExpressions(lexicon, absolute);
        this.periods = new PeriodExpressions(lexicon);
        this.cues = new DateCues(lexicon);
        this.relative = new RelativeExpressions(lexicon, cues);
    }

    /** The tokens of one paragraph with their tense labels and the sentence each belongs to. */
    public final class Scope {
        final List<LexToken> tokens;
        private Tense[] labels;
        final int[] sentence;

        private Scope(List<LexToken> tokens, int[] sentence) {
            this.tokens = tokens;
            this.sentence = sentence;
        }

        Tense tense(int start, int end) {
            // Labelled on first use: labels read POS tags, and most paragraphs hold no date.
            if (labels == null) {
                labels = tenses.label(tokens);
            }
            return tenses.tenseOf(labels, sentence, tokens, start, end);
        }

        boolean sentenceStart(int i) {
            return i == 0 || sentence[i] != sentence[i - 1];
        }
    }

    /** @param sentence for each token, the index of its sentence (dates may span a sentence split like "Jan. | 28") */
    public Scope scope(List<LexToken> tokens, int[] sentence) {
        return new Scope(tokens, sentence);
    }

    /** Length in tokens of a named day ("Good Friday", "May Day") starting at i, else 0. */
    public int namedDayLength(List<LexToken> t, int i) {
        List<List<String>> candidates = lexicon.namedDays.get(t.get(i).lower());
        if (candidates == null) {
            return 0;
        }
        int best = 0;
        for (List<String> phrase : candidates) {
            if (phrase.size() > best && TenseDetector.matches(t, i, phrase)) {
                best = phrase.size();
            }
        }
        return best;
    }

    /**
     * The date expression starting at token i, or null.
     *
     * @param published the publication day, used only to disambiguate numeric dates like 03/04/2023
     */
    public DateMatch match(List<LexToken> t, int i, Scope scope, LocalDate published) {
        LexToken w = t.get(i);
        if (w.isNumber() && blockedBefore(t, i)) {
            return null;
        }
        AbsoluteDate abs = absolute.parse(t, i, published);
        if (abs != null) {
            return absoluteMatch(t, abs, scope);
        }
        if (w.isWord()) {
            DateMatch period = periods.match(t, i);
            if (period == null) {
                period = years.spoken(t, i);
            }
            if (period != null) {
                return period;
            }
            String lw = w.lower();
            if (w.capitalized() && lexicon.weekdaysFull.containsKey(lw)) {
                return relative.weekday(t, i, scope);
            }
            if (RelativeExpressions.SHIFTERS.contains(lw)) {
                return relative.shifted(t, i, scope);
            }
            if (w.capitalized() && lexicon.monthsFull.containsKey(lw)) {
                return month(t, i, scope);
            }
            if (lw.equals("yesterday") || lw.equals("tomorrow") || lw.equals("today")) {
                return relative.deictic(t, i, scope);
            }
            if (lexicon.numberWords.containsKey(lw)) {
                return relative.ago(t, i, lexicon.numberWords.get(lw));
            }
            return null;
        }
        if (w.isNumber() && !AbsoluteDateParser.continuesNumber(t, i)) {
            int n = w.number();
            if (n > 0 && n < MAX_AGO) {
                DateMatch ago = relative.ago(t, i, n);
                if (ago != null) {
                    return ago;
                }
            }
            DateMatch day = coordinatedDay(t, i, scope);
            return day != null ? day : years.year(t, i, scope);
        }
        if (w.isNumber()) {
            return years.rangeEnd(t, i, scope);
        }
        return null;
    }

    /** The bare second day of "June 5 and 6" (same month, resolved like the first). */
    private DateMatch coordinatedDay(List<LexToken> t, int i, Scope scope) {
        int n = t.get(i).number();
        if (i < 3 || n < 1 || n > 31 || t.get(i).text().length() > 2 || !(t.get(i - 1).is("and") || t.get(i - 1).is("or"))
                || (i + 1 < t.size() && (t.get(i + 1).touches(t.get(i)) || lexicon.month(t.get(i + 1)) != null
                || lexicon.units.containsKey(t.get(i + 1).lower()) || lexicon.numberBlockersAfter.contains(t.get(i + 1).lower())))) {
            return null;
        }
        int k = i - 2;
        if (!t.get(k).isNumber() || t.get(k).number() < 1 || t.get(k).number() >= n) {
            return null;
        }
        int m = k - 1;
        if (t.get(m).is(".") && m > 0) {
            m--;
        }
        Integer month = t.get(m).isWord() && t.get(m).capitalized() ? lexicon.month(t.get(m)) : null;
        if (month == null || n > java.time.Month.of(month).maxLength()) {
            return null;
        }
        Tense tense = scope.tense(m, i + 1);
        boolean deadline = cues.deadline(t, m, tense);
        return new DateMatch(i, i + 1, anchor -> {
            LocalDate date = DateValues.monthDay(month, n, anchor, tense, deadline);
            return date == null ? null : DateValues.day(date);
        }, true);
    }

    private DateMatch absoluteMatch(List<LexToken> t, AbsoluteDate d, Scope scope) {
        if (d.year() != null) {
            DateValues.Value v = d.day() != null
                    ? DateValues.day(LocalDate.of(d.year(), d.month(), d.day()))
                    : DateValues.month(YearMonth.of(d.year(), d.month()));
            return new DateMatch(d.startToken(), d.endToken(), anchor -> v, false);
        }
        int end = d.endToken();
        Integer yearShift = yearShift(t, end);
        if (yearShift != null) {
            // "October 9 last year"
            int shift = yearShift;
            return new DateMatch(d.startToken(), end + 2,
                    anchor -> DateValues.day(safeDate(anchor.getYear() + shift, d.month(), d.day())), true);
        }
        Tense tense = scope.tense(d.startToken(), end);
        boolean deadline = cues.deadline(t, d.startToken(), tense);
        return new DateMatch(d.startToken(), end, anchor -> {
            LocalDate date = DateValues.monthDay(d.month(), d.day(), anchor, tense, deadline);
            return date == null ? null : DateValues.day(date); // "February 29" with no leap year near the anchor
        }, true);
    }

    /** A month name standing alone ("in July", "late November", "his July trip", "October last year"). */
    private DateMatch month(List<LexToken> t, int i, Scope scope) {
        int m = lexicon.monthsFull.get(t.get(i).lower());
        YearExpressions.SpokenYear spoken = i + 1 < t.size() ? years.spokenYear(t, i + 1, false) : null;
        if (spoken != null) {
            // "January nineteen ninety-seven"
            return new DateMatch(i, spoken.endToken(), anchor -> DateValues.month(YearMonth.of(spoken.value(), m)), false);
        }
        Integer yearShift = yearShift(t, i + 1);
        if (yearShift != null) {
            int shift = yearShift;
            return new DateMatch(i, i + 3, anchor -> DateValues.month(YearMonth.of(anchor.getYear() + shift, m)), true);
        }
        if (!monthContext(t, i)) {
            return null;
        }
        Tense tense = scope.tense(i, i + 1);
        boolean deadline = cues.deadline(t, i, tense);
        return new DateMatch(i, i + 1, anchor -> DateValues.month(DateValues.month(m, anchor, tense, deadline)), true);
    }

    private boolean monthContext(List<LexToken> t, int i) {
        if (i == 0) {
            return false;
        }
        LexToken prev = t.get(i - 1);
        if (midHyphen(t, i)) {
            return true;
        }
        if (lexicon.monthContext.contains(prev.lower())) {
            // "... and May ..." / "to March" with a verb reading stays out
            return !((prev.is("and") || prev.is("or") || prev.is("to")) && verbLike(t.get(i)));
        }
        return lexicon.determiners.contains(prev.lower()) && !verbLike(t.get(i)) && modifiesNoun(t, i + 1);
    }

    /** Reads the tag, so called only once the cheaper tests leave it to decide (tags are computed on first read). */
    private static boolean verbLike(LexToken token) {
        String pos = token.pos();
        return "VERB".equals(pos) || "AUX".equals(pos);
    }

    private boolean blockedBefore(List<LexToken> t, int i) {
        if (i == 0) {
            return false;
        }
        LexToken prev = t.get(i - 1);
        if (lexicon.numberBlockersBefore.contains(prev.lower())) {
            return true;
        }
        // "No. 2231"
        return prev.is(".") && i >= 2 && lexicon.numberBlockersBefore.contains(t.get(i - 2).lower());
    }

    /** "last year" / "this year" / "next year" at p: the year shift, else null. */
    private static Integer yearShift(List<LexToken> t, int p) {
        if (p + 1 < t.size() && RelativeExpressions.SHIFTERS.contains(t.get(p).lower()) && t.get(p + 1).is("year")) {
            return RelativeExpressions.weekShift(t.get(p).lower());
        }
        return null;
    }

    static boolean midHyphen(List<LexToken> t, int i) {
        return i >= 2 && t.get(i - 1).is("-") && t.get(i).touches(t.get(i - 1)) && t.get(i - 2).is("mid");
    }

    static boolean modifiesNoun(List<LexToken> t, int p) {
        if (p >= t.size() || !t.get(p).isWord()) {
            return false;
        }
        String pos = t.get(p).pos();
        return "NOUN".equals(pos) || "PROPN".equals(pos) || "ADJ".equals(pos);
    }

    private static LocalDate safeDate(int year, int month, int day) {
        YearMonth ym = YearMonth.of(year, month);
        return ym.atDay(Math.min(day, ym.lengthOfMonth()));
    }
}
