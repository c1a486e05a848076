package org.newsevents.extractor.dates;

import java.util.List;

/**
 * Tells whether a date expression sits in a past or future clause, from the nearest tense marker:
 * first looking left within the sentence (the verb that governs "said on Monday" or "was scheduled
 * to expire on Saturday"), then right ("On Saturday, the ambassador told ..."). UPOS tags do not
 * carry tense, so past is recognised by "-ed" verbs and a list of irregular forms; future by
 * multi-word markers ("will", "is expected to", "scheduled"). Stateless.
 */
public final class TenseDetector {
    static final int WINDOW = 12;
    private static final int COORDINATION_WINDOW = 6;
    private static final java.util.Set<String> CLAUSE_CONJUNCTIONS = java.util.Set.of("and", "but", "while", "whereas");

    private final DateLexicon lexicon;

    public TenseDetector(DateLexicon lexicon) {
        this.lexicon = lexicon;
    }

    /** One tense label per token (null when the token marks none); computed once per paragraph. */
    public Tense[] label(List<LexToken> tokens) {
        Tense[] labels = new Tense[tokens.size()];
        for (int i = 0; i < tokens.size(); i++) {
            LexToken t = tokens.get(i);
            if (!t.isWord() || labels[i] != null) {
                continue;
            }
            int future = futureMarkerLength(tokens, i);
            if (future > 0) {
                for (int k = i; k < i + future; k++) {
                    labels[k] = Tense.FUTURE;
                }
            } else if (isPast(t)) {
                labels[i] = participleOfFuture(tokens, labels, i) ? Tense.FUTURE : Tense.PAST;
            } else if (isPresent(t)) {
                labels[i] = Tense.PRESENT;
            }
        }
        return labels;
    }

    /**
     * A past-looking participle that belongs to a future or prospective verb group: "will be held",
     * "is expected to be lifted", "to be completed", and the second member of "will be codified and
     * published" (a coordinated participle takes the tense of the first, unless it is a speech verb).
     */
    private boolean participleOfFuture(List<LexToken> tokens, Tense[] labels, int i) {
        if ((i >= 1 && labels[i - 1] == Tense.FUTURE)
                || (i >= 2 && labels[i - 2] == Tense.FUTURE && tokens.get(i - 1).is("be"))
                || (i >= 2 && tokens.get(i - 1).is("be") && tokens.get(i - 2).is("to"))) {
            return true;
        }
        if (lexicon.speechVerbs.contains(tokens.get(i).lower())) {
            return false;
        }
        boolean coordinated = false;
        for (int k = i - 1; k >= Math.max(0, i - COORDINATION_WINDOW); k--) {
            LexToken w = tokens.get(k);
            if (labels[k] != null) {
                return coordinated && labels[k] == Tense.FUTURE;
            }
            if (!w.isWord()) {
                return false;
            }
            coordinated |= w.is("and") || w.is("or");
        }
        return false;
    }

    /**
     * The tense for the expression over tokens [start, end): nearest marker on the left within its
     * clause (a semicolon or a comma before "and"/"but" ends the search: in "ever imposed, and in
     * November they ratchet up" the month belongs to the verb after it), else on the right, never crossing into another
     * sentence ({@code sentence[k]} is token k's sentence).
     */
    public Tense tenseOf(Tense[] labels, int[] sentence, List<LexToken> tokens, int start, int end) {
        int own = sentence[start];
        for (int k = start - 1; k >= Math.max(0, start - WINDOW) && sentence[k] == own; k--) {
            if (labels[k] != null) {
                return labels[k];
            }
            if (tokens.get(k).is(";") || (tokens.get(k).is(",") && k + 1 < tokens.size()
                    && CLAUSE_CONJUNCTIONS.contains(tokens.get(k + 1).lower()))) {
                break;
            }
        }
        for (int k = end; k < Math.min(labels.length, end + WINDOW) && sentence[k] == own; k++) {
            if (labels[k] != null) {
                return labels[k];
            }
        }
        return Tense.UNKNOWN;
    }

    private int futureMarkerLength(List<LexToken> tokens, int i) {
        List<List<String>> markers = lexicon.futureMarkers.get(tokens.get(i).lower());
        if (markers == null) {
            return 0;
        }
        int best = 0;
        for (List<String> marker : markers) {
            if (marker.size() > best && matches(tokens, i, marker)) {
                best = marker.size();
            }
        }
        return best;
    }

    static boolean matches(List<LexToken> tokens, int i, List<String> phrase) {
        if (i + phrase.size() > tokens.size()) {
            return false;
        }
        for (int k = 0; k < phrase.size(); k++) {
            if (!tokens.get(i + k).is(phrase.get(k))) {
                return false;
            }
        }
        return true;
    }

    private boolean isPast(LexToken t) {
        if (lexicon.pastVerbs.contains(t.lower())) {
            return true;
        }
        // the word's shape first: its tag is read only when it could matter
        return t.lower().length() > 4 && t.lower().endsWith("ed") && ("VERB".equals(t.pos()) || "AUX".equals(t.pos()));
    }

    private boolean isPresent(LexToken t) {
        if (lexicon.presentMarkers.contains(t.lower())) {
            return true;
        }
        String w = t.lower();
        return w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") && "VERB".equals(t.pos());
    }
}
