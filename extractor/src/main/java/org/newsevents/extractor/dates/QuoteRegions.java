package org.newsevents.extractor.dates;

import java.util.ArrayList;
import java.util.List;

/**
 * The quoted stretches of one paragraph (straight, curly and guillemet double quotes; a quote never
 * closed runs to the paragraph's end). Offsets index the raw article text. One pass over the text.
 */
final class QuoteRegions {
    private final List<int[]> regions;

    private QuoteRegions(List<int[]> regions) {
        this.regions = regions;
    }

    static QuoteRegions of(String text, int start, int end) {
        List<int[]> out = new ArrayList<>();
        int open = -1;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            boolean opener = c == '\u201C' || c == '\u00AB' || c == '\u201E';
            boolean closer = c == '\u201D' || c == '\u00BB';
            if (c == '"') {
                opener = open < 0;
                closer = open >= 0;
            }
            if (opener && open < 0) {
                open = i;
            } else if (closer && open >= 0) {
                out.add(new int[] {open, i + 1});
                open = -1;
            }
        }
        if (open >= 0) {
            out.add(new int[] {open, end});
        }
        return new QuoteRegions(out);
    }

    boolean isEmpty() {
        return regions.isEmpty();
    }

    /** True when offset lies inside a quote (binary search: regions are sorted and disjoint). */
    boolean contains(int offset) {
        int lo = 0;
        int hi = regions.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] r = regions.get(mid);
            if (offset < r[0]) {
                hi = mid - 1;
            } else if (offset >= r[1]) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }
}
