package org.newsevents.extractor.sanctions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into clause segments at cheap surface signals: semicolons, colons, double
 * quotes, "but", complementizer "that" after a speech verb, "whether", subordinators and commas or
 * speech verbs followed by a new subject and verb, and "and" before a new verb phrase. One pass,
 * bounded look-ahead: linear in the sentence length.
 */
final class ClauseSplitter {
    /** A token range [start, end); {@code soft} when it starts at "and" and may belong to the previous one. */
    record Segment(int start, int end, boolean soft) {
    }

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("i", "we", "you", "he", "she", "it", "they");
    private static final int SPEECH_VERB_REACH = 5;

    private final SanctionsLexicon lexicon;

    ClauseSplitter(SanctionsLexicon lexicon) {
        this.lexicon = lexicon;
    }

    List<Segment> split(SentenceView s) {
        List<Segment> out = new ArrayList<>();
        int n = s.size();
        int start = 0;
        boolean soft = false;
        int lastSpeechVerb = -SPEECH_VERB_REACH - 1;
        for (int i = 0; i < n; i++) {
            String w = s.lower[i];
            int cut = -1; // first token of the boundary (excluded from both sides)
            int next = -1; // first token of the new segment
            boolean nextSoft = false;
            if (w.equals(";") || w.equals(":") || s.isDoubleQuote(i)) {
                cut = i;
                next = i + 1;
            } else if ((w.equals("but") || w.equals("yet")) && s.pos(i).startsWith("CCONJ")) {
                cut = i;
                next = i + 1;
            } else if (w.equals(",")) {
                String after = i + 1 < n ? s.lower[i + 1] : "";
                if ((after.equals("and") || after.equals("or")) && startsClauseOrVerbPhrase(s, i + 2)) {
                    cut = i;
                    next = i + 2;
                    nextSoft = true;
                } else if (after.equals("which") || after.equals("who")) {
                    cut = i;
                    next = i + 1;
                } else if (startsClause(s, i + 1)) {
                    cut = i;
                    next = i + 1;
                }
            } else if (w.equals("and") && hasVerb(s, start, i) && startsClauseOrVerbPhrase(s, i + 1)) {
                cut = i;
                next = i + 1;
                nextSoft = true;
            } else if (w.equals("that") && (s.pos(i).startsWith("SCONJ") || i - lastSpeechVerb <= SPEECH_VERB_REACH)) {
                cut = i;
                next = i + 1;
            } else if (w.equals("whether")) {
                cut = i;
                next = i;
            } else if (lexicon.has("subordinator", w) && !followsAsOrSuch(s, i) && startsClause(s, i + 1)) {
                cut = i;
                next = i;
            } else if (lexicon.has("speech", w) && s.pos(i).startsWith("VERB") && i + 1 < n
                    && !s.lower[i + 1].equals("that") && startsClause(s, i + 1)) {
                cut = i + 1;
                next = i + 1;
            }
            if (lexicon.has("speech", w) && s.pos(i).startsWith("VERB")) {
                lastSpeechVerb = i;
            } else if (s.isPunct(i)) {
                lastSpeechVerb = -SPEECH_VERB_REACH - 1;
            }
            if (cut >= 0) {
                if (cut > start) {
                    out.add(new Segment(start, cut, soft));
                }
                start = next;
                soft = nextSoft;
                i = Math.max(i, next - 1);
            }
        }
        if (start < n) {
            out.add(new Segment(start, n, soft));
        }
        return out;
    }

    /** "and" joins clauses only after a complete one: "The US and the EU imposed" is one subject. */
    private static boolean hasVerb(SentenceView s, int from, int to) {
        for (int k = from; k < to; k++) {
            if (s.isVerb(k)) {
                return true;
            }
        }
        return false;
    }

    private static boolean followsAsOrSuch(SentenceView s, int i) {
        if (i == 0) {
            return false;
        }
        String prev = s.lower[i - 1];
        return prev.equals("such") || prev.equals("well") || prev.equals("as") || prev.equals("even");
    }

    /** A subject (pronoun or short noun phrase) followed by a verb starts at {@code j}. */
    static boolean startsClause(SentenceView s, int j) {
        int n = s.size();
        if (j >= n) {
            return false;
        }
        int k = j;
        if (SUBJECT_PRONOUNS.contains(s.lower[j])) {
            k = j + 1;
        } else {
            int limit = Math.min(n, j + 8);
            while (k < limit && s.isNominal(k) && !s.lower[k].equals(",")) {
                k++;
            }
            if (k == j) {
                return false;
            }
        }
        while (k < n && s.pos(k).startsWith("ADV") && k - j < 10) {
            k++;
        }
        return k < n && s.isVerb(k);
    }

    private static boolean startsClauseOrVerbPhrase(SentenceView s, int j) {
        if (j >= s.size()) {
            return false;
        }
        int k = j;
        while (k < s.size() && s.pos(k).startsWith("ADV") && k - j < 3) {
            k++;
        }
        return (k < s.size() && s.isVerb(k)) || startsClause(s, j);
    }
}
