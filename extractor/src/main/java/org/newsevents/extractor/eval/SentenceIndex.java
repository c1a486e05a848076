package org.newsevents.extractor.eval;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Sentence numbers of offsets, for the sanctions rule "spans overlap within the same sentence".
 * Uses the JDK's rule-based sentence breaker line by line (sentences never cross a line), so the
 * scorer does not depend on the extractor's own sentence model it is judging.
 */
final class SentenceIndex {
    private final int[] starts;

    SentenceIndex(String text) {
        List<Integer> s = new ArrayList<>();
        BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            s.add(lineStart);
            it.setText(text.substring(lineStart, lineEnd));
            it.first();
            for (int b = it.next(); b != BreakIterator.DONE && b < lineEnd - lineStart; b = it.next()) {
                s.add(lineStart + b);
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        starts = s.stream().mapToInt(Integer::intValue).distinct().sorted().toArray();
    }

    /** Number of the sentence holding {@code offset}. */
    int sentenceOf(int offset) {
        int i = Arrays.binarySearch(starts, offset);
        return i >= 0 ? i : -i - 2;
    }
}
