package org.newsevents.extractor.dates;

import java.util.List;
import java.util.function.IntFunction;

/**
 * Tells whether a date expression sits in a past or future clause, from the nearest tense marker:
 * first looking left within the sentence (the verb that governs "said on Monday" or "was scheduled
 * to expire on Saturday"), then right ("On Saturday, the ambassador told ..."). UPOS tags do not
 * carry tense, so past is recognised by "-ed" verbs and a list of irregular forms; future by
 * multi-word markers ("will", "is expected to", "scheduled"). Stateless.
 */
public final class TenseDetector {
    static final int WINDOW = 12;

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
                // a participle after a future marker stays future: "will be held", "is expected to be lifted"
                boolean afterFuture = (i >= 1 && labels[i - 1] == Tense.FUTURE)
                        || (i >= 2 && labels[i - 2] == Tense.FUTURE && tokens.get(i - 1).is("be"));
                labels[i] = afterFuture ? Tense.FUTURE : Tense.PAST;
            } else if (isPresent(t)) {
                labels[i] = Tense.PRESENT;
            }
        }
        return labels;
    }

    /**
     * The tense for the expression over tokens [start, end): nearest marker on the left, else on the
     * right, never crossing into another sentence ({@code sentence[k]} is token k's sentence).
     */
    public Tense tenseOf(Tense[] labels, int[] sentence, int start, int end) {
        return tenseOf(k -> labels[k], labels.length, sentence, start, end);
    }

    /** As {@link #tenseOf(Tense[], int[], int, int)} over labels computed on demand. */
    public Tense tenseOf(Labels labels, int[] sentence, int start, int end) {
        return tenseOf(labels::at, labels.size(), sentence, start, end);
    }

    private static Tense tenseOf(IntFunction<Tense> labels, int size, int[] sentence, int start, int end) {
        int own = sentence[start];
        for (int k = start - 1; k >= Math.max(0, start - WINDOW) && sentence[k] == own; k--) {
            Tense label = labels.apply(k);
            if (label != null) {
                return label;
            }
        }
        for (int k = end; k < Math.min(size, end + WINDOW) && sentence[k] == own; k++) {
            Tense label = labels.apply(k);
            if (label != null) {
                return label;
            }
        }
        return Tense.UNKNOWN;
    }

    /** Labels equal to {@link #label(List)}'s, each computed when first asked for. */
    public Labels lazyLabels(List<LexToken> tokens) {
        return new Labels(tokens);
    }

    /**
     * The labels of {@link #label(List)} computed per token on demand: telling past and present
     * forms apart reads POS tags, which tag the token's sentence, and only the tokens near a date
     * are ever asked. Future markers need no tags and are found up front; a past form's label
     * depends on its left neighbours' (a participle after a future marker stays future), so those
     * are computed first, left to right, without recursion.
     */
    public final class Labels {
        private final List<LexToken> tokens;
        private final boolean[] future;
        private final Tense[] labels;
        private final boolean[] known;

        private Labels(List<LexToken> tokens) {
            this.tokens = tokens;
            int n = tokens.size();
            future = new boolean[n];
            labels = new Tense[n];
            known = new boolean[n];
            for (int i = 0; i < n; i++) {
                if (!tokens.get(i).isWord() || future[i]) {
                    continue;
                }
                int length = futureMarkerLength(tokens, i);
                for (int k = i; k < i + length; k++) {
                    future[k] = true;
                }
            }
        }

        int size() {
            return tokens.size();
        }

        Tense at(int i) {
            if (!known[i]) {
                int lowest = i;
                for (int k = i; k >= lowest && k > 0; k--) {
                    if (!known[k] && dependsOnLeft(k)) {
                        lowest = Math.min(lowest, k >= 2 && tokens.get(k - 1).is("be") ? k - 2 : k - 1);
                    }
                }
                for (int k = lowest; k <= i; k++) {
                    if (!known[k]) {
                        labels[k] = compute(k);
                        known[k] = true;
                    }
                }
            }
            return labels[i];
        }

        private boolean dependsOnLeft(int k) {
            return !future[k] && tokens.get(k).isWord() && isPast(tokens.get(k));
        }

        private Tense compute(int i) {
            if (future[i]) {
                return Tense.FUTURE;
            }
            LexToken t = tokens.get(i);
            if (!t.isWord()) {
                return null;
            }
            if (isPast(t)) {
                boolean afterFuture = (i >= 1 && labels[i - 1] == Tense.FUTURE)
                        || (i >= 2 && tokens.get(i - 1).is("be") && labels[i - 2] == Tense.FUTURE);
                return afterFuture ? Tense.FUTURE : Tense.PAST;
            }
            return isPresent(t) ? Tense.PRESENT : null;
        }
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
