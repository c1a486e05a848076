package org.newsevents.extractor.dates;

import java.util.List;

/**
 * Years standing alone: a four-digit year in a date context ("since 2006", "the 2019 summit", "his
 * unsuccessful 1996 campaign", "mid-2024"), both members of a range ("1950-53", "2019-2020") and
 * years in words as transcripts write them ("nineteen ninety-six", "the year two thousand").
 * Stateless.
 */
final class YearExpressions {
    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2099;

    /** A year read from words: its value and the token after it. */
    record SpokenYear(int value, int endToken) {
    }

    private final DateLexicon lexicon;
    private final AbsoluteDateParser absolute;

    YearExpressions(DateLexicon lexicon, AbsoluteDateParser absolute) {
        this.lexicon = lexicon;
        this.absolute = absolute;
    }

    /** A bare four-digit year in a date context at i, or null. */
    DateMatch year(List<LexToken> t, int i, DateExpressionMatcher.Scope scope) {
        if (!inRange(t, i)) {
            return null;
        }
        boolean context;
        if (scope.sentenceStart(i)) {
            context = i + 1 < t.size() && (t.get(i + 1).is(",") || "VERB".equals(t.get(i + 1).pos()) || "AUX".equals(t.get(i + 1).pos()));
        } else {
            LexToken prev = t.get(i - 1);
            context = lexicon.yearContext.contains(prev.lower()) || DateExpressionMatcher.midHyphen(t, i)
                    || (modifierBefore(t, i) && modifiedNoun(t, afterRange(t, i)));
        }
        if (!context) {
            return null;
        }
        int value = t.get(i).number();
        return new DateMatch(i, i + 1, anchor -> DateValues.year(value), false);
    }

    /** The second year of "2019-2020" / "2019–2020", or of "1950-53" when the first is a year in context. */
    DateMatch rangeEnd(List<LexToken> t, int i, DateExpressionMatcher.Scope scope) {
        if (i < 2 || !t.get(i).touches(t.get(i - 1)) || !isDash(t.get(i - 1)) || !t.get(i - 1).touches(t.get(i - 2))
                || !absolute.isYear(t, i - 2) || AbsoluteDateParser.runsOn(t, i)) {
            return null;
        }
        int first = t.get(i - 2).number();
        int value;
        if (absolute.isYear(t, i)) {
            value = t.get(i).number();
        } else if (t.get(i).text().length() == 2 && year(t, i - 2, scope) != null) {
            value = first / 100 * 100 + t.get(i).number();
            value = value <= first ? value + 100 : value;
        } else {
            return null;
        }
        int year = value;
        return year >= MIN_YEAR && year <= MAX_YEAR ? new DateMatch(i, i + 1, anchor -> DateValues.year(year), false) : null;
    }

    /** "nineteen ninety-six" at i (any context), or "the year two thousand" from "the"; else null. */
    DateMatch spoken(List<LexToken> t, int i) {
        if (t.get(i).is("the") && i + 2 < t.size() && t.get(i + 1).is("year")) {
            SpokenYear y = spokenYear(t, i + 2, true);
            return y == null ? null : new DateMatch(i, y.endToken(), anchor -> DateValues.year(y.value()), false);
        }
        SpokenYear y = spokenYear(t, i, false);
        return y == null ? null : new DateMatch(i, y.endToken(), anchor -> DateValues.year(y.value()), false);
    }

    /**
     * A year in words at i: century word plus two digits in words ("nineteen ninety-six", "nineteen
     * oh five", "nineteen hundred"); with {@code thousands}, also "two thousand (and) eight".
     */
    SpokenYear spokenYear(List<LexToken> t, int i, boolean thousands) {
        String w = t.get(i).lower();
        if (thousands && w.equals("two") && i + 1 < t.size() && t.get(i + 1).is("thousand")) {
            int p = i + 2;
            if (p < t.size() && t.get(p).is("and")) {
                p++;
            }
            SpokenYear rest = p < t.size() ? twoDigits(t, p) : null;
            if (rest == null && p < t.size() && unit(t.get(p)) > 0) {
                rest = new SpokenYear(unit(t.get(p)), p + 1);
            }
            return rest == null ? new SpokenYear(2000, i + 2) : new SpokenYear(2000 + rest.value(), rest.endToken());
        }
        int century = switch (w) {
            case "eighteen" -> 18;
            case "nineteen" -> 19;
            case "twenty" -> 20;
            default -> -1;
        };
        if (century < 0 || i + 1 >= t.size()) {
            return null;
        }
        SpokenYear rest = twoDigits(t, i + 1);
        return rest == null ? null : new SpokenYear(century * 100 + rest.value(), rest.endToken());
    }

    /** "ninety-six", "ninety", "twelve", "oh five", "hundred" at p as 96, 90, 12, 5, 0. */
    private SpokenYear twoDigits(List<LexToken> t, int p) {
        LexToken w = t.get(p);
        if (w.is("hundred")) {
            return new SpokenYear(0, p + 1);
        }
        if (w.is("oh") && p + 1 < t.size() && unit(t.get(p + 1)) > 0) {
            return new SpokenYear(unit(t.get(p + 1)), p + 2);
        }
        Integer n = w.isWord() ? lexicon.numberWords.get(w.lower()) : null;
        if (n == null || n < 10 || n > 90 || w.is("a") || w.is("an")) {
            return null;
        }
        if (n >= 20 && n % 10 == 0 && p + 2 < t.size() && t.get(p + 1).is("-") && t.get(p + 1).touches(w)
                && unit(t.get(p + 2)) > 0) {
            return new SpokenYear(n + unit(t.get(p + 2)), p + 3);
        }
        return n < 20 || n % 10 == 0 ? new SpokenYear(n, p + 1) : null;
    }

    private int unit(LexToken w) {
        Integer n = w.isWord() && !w.is("a") && !w.is("an") ? lexicon.numberWords.get(w.lower()) : null;
        return n != null && n >= 1 && n <= 9 ? n : -1;
    }

    private boolean inRange(List<LexToken> t, int i) {
        return absolute.isYear(t, i) && t.get(i).number() >= MIN_YEAR && t.get(i).number() <= MAX_YEAR;
    }

    /** A determiner, a possessive ("the company's 1989 results") or an adjective ("his unsuccessful 1996 campaign") before i. */
    private boolean modifierBefore(List<LexToken> t, int i) {
        LexToken prev = t.get(i - 1);
        if (lexicon.determiners.contains(prev.lower()) || "ADJ".equals(prev.pos())) {
            return true;
        }
        return prev.is("s") && i >= 2 && t.get(i - 2).is("'") && prev.touches(t.get(i - 2));
    }

    /** A noun after the year, or a participle and a noun ("the company's 1989 operating results"). */
    private static boolean modifiedNoun(List<LexToken> t, int p) {
        if (DateExpressionMatcher.modifiesNoun(t, p)) {
            return true;
        }
        return p + 1 < t.size() && t.get(p).isWord() && t.get(p).lower().endsWith("ing")
                && DateExpressionMatcher.modifiesNoun(t, p + 1);
    }

    /** The token after the year at i, skipping a range end ("1950-53 conflict"). */
    private static int afterRange(List<LexToken> t, int i) {
        if (i + 2 < t.size() && isDash(t.get(i + 1)) && t.get(i + 1).touches(t.get(i)) && t.get(i + 2).isNumber()
                && t.get(i + 2).touches(t.get(i + 1)) && (t.get(i + 2).text().length() == 2 || t.get(i + 2).text().length() == 4)) {
            return i + 3;
        }
        return i + 1;
    }

    private static boolean isDash(LexToken t) {
        return t.is("-") || t.is("\u2013");
    }
}
