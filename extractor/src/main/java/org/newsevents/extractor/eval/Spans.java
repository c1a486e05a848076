package org.newsevents.extractor.eval;

import java.util.Set;

/** The annotated units the scorer compares, for gold and system alike (offsets into the raw text). */
public final class Spans {
    private Spans() {
    }

    public record DateSpan(int start, int end, String value) {
    }

    /** {@code direct} is null when unknown (then it counts in neither the direct nor the indirect figure). */
    public record QuoteSpan(int start, int end, String quote, String speaker, Boolean direct) {
        public QuoteSpan(int start, int end, String quote, String speaker) {
            this(start, end, quote, speaker, null);
        }
    }

    /** {@code imposer} and each target are actor codes; imposer null when none. */
    public record SanctionSpan(int start, int end, String action, String imposer, Set<String> targets) {
        public SanctionSpan {
            targets = Set.copyOf(targets);
        }
    }

    static boolean overlap(int s1, int e1, int s2, int e2) {
        return Math.max(s1, s2) < Math.min(e1, e2);
    }

    static int overlapLength(int s1, int e1, int s2, int e2) {
        return Math.max(0, Math.min(e1, e2) - Math.max(s1, s2));
    }
}
