package org.newsevents.extractor.statements;

import org.newsevents.extractor.discourse.QuoteScanner;
import org.newsevents.extractor.discourse.QuoteSpan;
import java.util.List;
import java.util.Set;

/**
 * Finds the reported proposition after a speech verb: a that-clause, a bare clause ("said Moscow
 * was ..."), a to-infinitive ("vowed to ..."), a gerund ("denied having ..."), a content noun with
 * its clause ("denied allegations that ..."). A plain noun phrase is no proposition. Scans are
 * bounded: a proposition longer than {@link #MAX_TOKENS} tokens is cut there.
 */
final class ComplementFinder {
    static final int MAX_TOKENS = 150;
    private static final Set<String> SUBJECT_PRONOUNS = Set.of("it", "he", "she", "they", "we", "i", "you", "there");
    private static final Set<String> NO_ADVERB = Set.of("that", "how", "why", "when", "whether", "not", "what", "where");
    private static final Set<String> SETTING_PREPOSITIONS = Set.of("on", "in", "at", "during", "to", "via", "through",
            "over", "with", "from", "before");
    /** prepositions inside a reported clause's subject ("sanctions on his country are") */
    private static final Set<String> SUBJECT_PREPOSITIONS = Set.of("on", "in", "for", "against", "with", "from", "by",
            "at", "over", "about", "between", "among", "under", "into", "across", "toward", "towards", "within");
    private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me", "it");
    private static final Set<String> GERUND_VERBS = Set.of("deny", "admit", "acknowledge", "reject", "confirm", "threaten");

    /** Token range [start, end] of a proposition. */
    record Range(int start, int end) {
    }

    private final Words words;

    ComplementFinder(Words words) {
        this.words = words;
    }

    /** The proposition after the speech verb at [verb, verb + verbLength), or null. */
    Range after(TokenView v, int verb, int verbLength, String lemma) {
        int limit = v.sentenceEnd(verb);
        int k = skipAdverbials(v, verb + verbLength, limit);
        if (k >= limit || startsWithQuote(v.word(k))) {
            return null;
        }
        String w = Words.lower(v.word(k));
        int start = -1;
        if (w.equals("that")) {
            start = k + 1;
        } else if (w.equals("to") && k + 1 < limit && isVerbLike(v, k + 1)) {
            start = k;
        } else if (w.equals("of") && lemma.equals("accuse")) {
            start = k + 1;
        } else if (words.lex.addresseeVerbs().contains(lemma) && addresseeEnd(v, k, limit) > k
                && isBareClause(v, addresseeEnd(v, k, limit), limit)) {
            start = addresseeEnd(v, k, limit);
        } else {
            int m = k;
            while (m < limit && m - k < 8 && isObjectWord(v, m)) {
                m++;
            }
            if (m > k && m < limit && !Words.lower(v.word(m)).equals("that")) {
                // "told the convention in Dallas on Friday that ...": an addressee with its setting
                int n = m;
                while (n < limit && n - k < 14 && (isObjectWord(v, n) || isQuoteToken(v.word(n))
                        || SUBJECT_PREPOSITIONS.contains(Words.lower(v.word(n))) || words.isTimeWord(v.word(n)))) {
                    n++;
                }
                if (n < limit && Words.lower(v.word(n)).equals("that")) {
                    m = n;
                }
            }
            String at = m < limit ? Words.lower(v.word(m)) : "";
            if (m > k && at.equals("that") && m + 1 < limit && !Words.isFiniteVerb(v, m + 1)) {
                start = words.lex.contentNouns().contains(Words.lower(v.word(m - 1))) ? k : m + 1;
            } else if (m > k && (at.equals("of") && lemma.equals("accuse")
                    || at.equals("for") && words.lex.blameVerbs().contains(lemma) && isNamedTarget(v, k, m)) && m + 1 < limit
                    && Words.isWord(v.word(m + 1))) {
                // "accused the group of creating ...", "blamed Moscow for the strikes": the charge with its target
                start = k;
            } else if (m > k && at.equals("to") && words.lex.objectControlVerbs().contains(lemma)
                    && m + 1 < limit && isVerbLike(v, m + 1)) {
                start = k;
            } else if (m > k && words.lex.addresseeVerbs().contains(lemma) && isBareClause(v, m, limit)) {
                start = m;
            } else if (GERUND_VERBS.contains(lemma) && v.word(k).endsWith("ing") && "VERB".equals(v.pos(k))
                    || v.pos(k).equals("AUX") && v.word(k).endsWith("ing") && GERUND_VERBS.contains(lemma)) {
                start = k;
            } else if (isBareClause(v, k, limit)) {
                start = k;
            }
        }
        if (start < 0 && v.headline && Words.isWord(v.word(k)) && v.wordsBetween(k, limit) >= 2
                && (lemma.equals("say") || lemma.equals("tell") || hasQuoteMark(v, k, limit))) {
            // headlinese drops the finite verb: "X says pledge not result of sanctions"
            int end = k;
            while (end + 1 < limit && !v.word(end + 1).equals(",") && !v.word(end + 1).equals(":")) {
                end++;
            }
            if (end + 2 < limit && v.word(end + 1).equals(":") && words.lex.addresseeVerbs().contains(lemma)) {
                // "X tells other nations: Don't trade with Y": the addressee, then the words
                int last = limit - 1;
                while (last > end + 2 && isTrailingPunctuation(v.word(last))) {
                    last--;
                }
                return new Range(end + 2, last);
            }
            return new Range(k, end);
        }
        if (start < 0 || start >= limit || startsWithQuote(v.word(start)) && quoteFillsRest(v, start, limit)) {
            return null;
        }
        int end = clauseEnd(v, start, limit);
        return end < start ? null : new Range(start, throughOpenQuote(v, start, end, limit));
    }

    /**
     * A reported clause that runs to its sentence's end with a quotation still open goes on to the
     * closing mark, also over the next sentences of the paragraph: said the ship “was seized. We ...”
     */
    private static int throughOpenQuote(TokenView v, int start, int end, int limit) {
        if (v.wordsBetween(end + 1, limit) > 0 || limit >= v.size()) {
            return end;
        }
        boolean open = false;
        for (int i = start; i < limit; i++) {
            open = quoteState(v.word(i), open);
        }
        if (!open) {
            return end;
        }
        int stop = Math.min(v.size(), limit + MAX_TOKENS);
        for (int i = limit; i < stop; i++) {
            if (!quoteState(v.word(i), true)) {
                int e = i - 1;
                while (e > end && isTrailingPunctuation(v.word(e))) {
                    e--;
                }
                return e;
            }
        }
        return end;
    }

    /** Whether a double quotation is open after token w, given whether it was open before. */
    private static boolean quoteState(String w, boolean open) {
        if (w.length() != 1 || !QuoteScanner.isDoubleMark(w.charAt(0))) {
            return open;
        }
        char c = w.charAt(0);
        return c == '\u201c' || c == '\u201e' || c == '\u00ab' ? true : c == '\u201d' || c == '\u00bb' ? false : !open;
    }

    /** True when the verb at {@code verb} has nothing reported after it (", officials said."). */
    boolean endsClause(TokenView v, int verb, int verbLength) {
        int limit = v.sentenceEnd(verb);
        int k = skipAdverbials(v, verb + verbLength, limit);
        if (k >= limit) {
            return true;
        }
        String w = v.word(k);
        return w.equals(".") || w.equals(",") || w.equals(";") || w.equals("...") || w.equals("\u2026");
    }

    int skipAdverbials(TokenView v, int k, int limit) {
        while (k < limit) {
            String w = v.word(k);
            String lw = Words.lower(w);
            if (words.isTimeWord(lw) || "ADV".equals(v.pos(k)) && w.equals(lw) && !NO_ADVERB.contains(lw)
                    && !SUBJECT_PRONOUNS.contains(lw)) {
                k++;
            } else if (w.equals("(")) {
                int m = k + 1;
                while (m < limit && m - k < 8 && !v.word(m).equals(")")) {
                    m++;
                }
                if (m >= limit || !v.word(m).equals(")")) {
                    return k;
                }
                k = m + 1;
            } else if (SETTING_PREPOSITIONS.contains(lw) && !(lw.equals("to") && k + 1 < limit && isVerbLike(v, k + 1))) {
                int m = k + 1;
                int last = -1;
                while (m < limit && m - k <= 6 && (Words.isDeterminer(v.word(m)) || words.isNpWord(v, m)
                        || words.isTimeWord(v.word(m)) || Words.isSubjectDeterminer(v.word(m)))) {
                    last = m;
                    m++;
                }
                if (last < 0 || !(words.isTimeWord(v.word(last))
                        || words.lex.speechSettings().contains(Words.lower(v.word(last))))) {
                    return k;
                }
                k = m;
            } else {
                return k;
            }
        }
        return k;
    }

    /** End (exclusive) of an addressee without determiner: a name, an object pronoun or one plain noun ("reporters"). */
    private int addresseeEnd(TokenView v, int k, int limit) {
        String lw = Words.lower(v.word(k));
        if (lw.equals("him") || lw.equals("her") || lw.equals("them") || lw.equals("us") || lw.equals("me")) {
            return k + 1;
        }
        int n = k;
        while (n < limit && n - k < 4 && words.isNamePart(v, n)) {
            n++;
        }
        if (n == k && "NOUN".equals(v.pos(k)) && Character.isLowerCase(v.word(k).charAt(0))) {
            n = k + 1;
        }
        return n;
    }

    private boolean isObjectWord(TokenView v, int i) {
        String w = v.word(i);
        String lw = Words.lower(w);
        if (lw.equals("that") || lw.equals("to") || lw.equals("of")) {
            return false;
        }
        return words.isNpWord(v, i) || Words.isSubjectDeterminer(w) || Words.isPossessive(w)
                || lw.equals("him") || lw.equals("her") || lw.equals("them") || lw.equals("us") || lw.equals("me");
    }

    private static boolean isVerbLike(TokenView v, int i) {
        String pos = v.pos(i);
        return pos.equals("VERB") || pos.equals("AUX") || Character.isLowerCase(v.word(i).charAt(0))
                && !pos.equals("DET") && !pos.equals("NUM") && !pos.equals("PRON") && !pos.equals("ADP");
    }

    /**
     * NP (or subject pronoun) followed by a finite verb. The NP may carry prepositional phrases,
     * an -ing modifier and quoted words ("sanctions on his country are", "actions targeting X must",
     * "Russia's “outrageous” behavior in Europe “demand"), but no clause of its own.
     */
    private boolean isBareClause(TokenView v, int k, int limit) {
        if (k >= limit) {
            return false;
        }
        int i = k;
        if (SUBJECT_PRONOUNS.contains(Words.lower(v.word(i)))) {
            i++;
        } else {
            if (isQuoteToken(v.word(k))) {
                i++;
            }
            int first = i;
            while (i < limit && i - k < 18 && (words.isNpWord(v, i) || Words.isSubjectDeterminer(v.word(i))
                    || Words.isPossessive(v.word(i)) && Words.isWord(v.word(i))
                    || i > first && (Words.lower(v.word(i)).equals("of") || Words.lower(v.word(i)).equals("and"))
                    || i > first && isQuoteToken(v.word(i))
                    || i > first && SUBJECT_PREPOSITIONS.contains(Words.lower(v.word(i))) && i + 1 < limit
                    && (words.isNpWord(v, i + 1) || Words.isSubjectDeterminer(v.word(i + 1)))
                    || i > first + 1 && i + 1 < limit && v.word(i).endsWith("ing") && "VERB".equals(v.pos(i))
                    && words.isNpWord(v, i - 1) && !isQuoteToken(v.word(i - 1))
                    && (words.isNpWord(v, i + 1) || Words.isSubjectDeterminer(v.word(i + 1)))
                    || i > first && i + 1 < limit && v.word(i).equals(",") && words.isNamePart(v, i - 1)
                    && words.isNamePart(v, i + 1) && !hasPreposition(v, first, i))) {
                i++;
            }
            if (i == first) {
                return false;
            }
        }
        while (i < limit && "ADV".equals(v.pos(i)) && Character.isLowerCase(v.word(i).charAt(0))) {
            i++;
        }
        if (i < limit && isQuoteToken(v.word(i)) && i + 1 < limit) {
            i++;
        }
        // "new sanctions and said ...": a second verb of the speaker, not a clause
        String prev = Words.lower(v.word(i - 1));
        return i < limit && Words.isFiniteVerb(v, i) && !prev.equals("and") && !prev.equals("or");
    }

    /** "measures against Russia, Anna Lee ...": after a prepositional phrase a comma ends the subject. */
    private static boolean hasPreposition(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) {
            if (SUBJECT_PREPOSITIONS.contains(Words.lower(v.word(i)))) {
                return true;
            }
        }
        return false;
    }

    /** "blamed Moscow for", "applauded them for": a named or pronoun target, not "criticized proposals for". */
    private boolean isNamedTarget(TokenView v, int from, int to) {
        if (to - from == 1 && OBJECT_PRONOUNS.contains(Words.lower(v.word(from)))) {
            return true;
        }
        for (int i = from; i < to; i++) {
            if (!words.isNamePart(v, i) && !Words.isDeterminer(v.word(i))) {
                return false;
            }
        }
        return to > from;
    }

    /** A token that is only a quotation mark. */
    private static boolean isQuoteToken(String w) {
        return w.length() == 1 && QuoteScanner.isQuoteMark(w.charAt(0));
    }

    /** Last token of the proposition: sentence end, or before a trailer / stopper. */
    int clauseEnd(TokenView v, int start, int limit) {
        int stop = Math.min(limit, start + MAX_TOKENS);
        int i = start;
        for (; i < stop; i++) {
            String w = v.word(i);
            if (w.equals(";")) {
                break;
            }
            if (w.equals("--") || w.equals("\u2014")) {
                // "the deal — seeking so much — would be difficult": a dash pair sets off an aside
                int pair = closingDash(v, i, limit);
                if (pair < 0) {
                    break;
                }
                i = pair;
                continue;
            }
            if (w.equals(",") && isTrailer(v, i + 1, limit)) {
                break;
            }
            if (i > start && stopperAt(v, i)) {
                break;
            }
            if (i > start && coordinatedSpeechVerb(v, i, limit)) {
                break;
            }
        }
        int end = i - 1;
        while (end >= start && isTrailingPunctuation(v.word(end))) {
            end--;
        }
        return end;
    }

    /** The dash closing an aside opened by the dash at i, when the clause goes on after it; else -1. */
    private static int closingDash(TokenView v, int i, int limit) {
        for (int j = i + 2; j < limit && j - i < 25; j++) {
            String w = v.word(j);
            if (w.equals(v.word(i))) {
                return j + 1 < limit && Words.isWord(v.word(j + 1)) ? j : -1;
            }
            if (w.equals(".") || w.equals(";")) {
                return -1;
            }
        }
        return -1;
    }

    /** "and (also) said ...": a second speech verb of the same subject starts a statement of its own. */
    boolean coordinatedSpeechVerb(TokenView v, int i, int limit) {
        String lw = Words.lower(v.word(i));
        if (!lw.equals("and") && !lw.equals("but")) {
            return false;
        }
        int k = i + 1;
        while (k < limit && k - i < 4 && (Words.isAuxiliary(v.word(k)) || "ADV".equals(v.pos(k))
                && Character.isLowerCase(v.word(k).charAt(0)))) {
            k++;
        }
        if (k >= limit || v.word(k).endsWith("ing")) {
            return false;
        }
        String lemma = words.speechVerbAt(v, k);
        return lemma != null && after(v, k, words.speechVerbLength(v, k), lemma) != null;
    }

    private static boolean hasQuoteMark(TokenView v, int from, int to) {
        for (int i = from; i < to; i++) {
            String w = v.word(i);
            if (!w.isEmpty() && (QuoteScanner.isQuoteMark(w.charAt(0)) || QuoteScanner.isQuoteMark(w.charAt(w.length() - 1)))) {
                return true;
            }
        }
        return false;
    }

    private boolean stopperAt(TokenView v, int i) {
        String lw = Words.lower(v.word(i));
        for (List<String> s : words.lex.complementStoppers()) {
            if (s.get(0).equals(lw) && Words.matchesAt(v, i, s)) {
                return true;
            }
        }
        return false;
    }

    /** ", amid ...", ", Yonhap reported", ", it said", ", said Miller". */
    boolean isTrailer(TokenView v, int j, int limit) {
        if (j >= limit) {
            return false;
        }
        String lw = Words.lower(v.word(j));
        if (words.lex.clauseTrailers().contains(lw)) {
            return true;
        }
        if (words.speechVerbAt(v, j) != null || words.characterisationVerbAt(v, j) != null) {
            return true;
        }
        if (lw.equals("including") && j + 1 < limit && words.speechVerbAt(v, j + 1) != null) {
            return true;
        }
        int m = j;
        while (m < limit && m - j < 6 && (words.isNpWord(v, m) || Words.isDeterminer(v.word(m))
                || SUBJECT_PRONOUNS.contains(Words.lower(v.word(m))))) {
            m++;
        }
        while (m < limit && (Words.isAuxiliary(v.word(m)) || "ADV".equals(v.pos(m)))) {
            m++;
        }
        if (m == j || m >= limit) {
            return false;
        }
        String verb = Words.lower(v.word(m));
        return words.speechVerbAt(v, m) != null || verb.equals("reported") || verb.equals("reports")
                || verb.equals("quoted") || verb.equals("cited");
    }

    private static boolean isTrailingPunctuation(String w) {
        return w.equals(".") || w.equals(",") || w.equals(":") || w.equals("...") || w.equals("\u2026");
    }

    static boolean startsWithQuote(String w) {
        return !w.isEmpty() && QuoteScanner.isDoubleMark(w.charAt(0));
    }

    /** A quotation that starts here and runs to the sentence end belongs to direct speech. */
    private static boolean quoteFillsRest(TokenView v, int start, int limit) {
        int stop = Math.min(limit, start + MAX_TOKENS);
        for (int i = start + 1; i < stop; i++) {
            String w = v.word(i);
            if (!w.isEmpty() && QuoteScanner.isDoubleMark(w.charAt(w.length() - 1))) {
                return v.wordsBetween(i + 1, limit) == 0;
            }
        }
        return true;
    }
}
