package org.newsevents.extractor.boilerplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.newsevents.extractor.boilerplate.MarkerLexicon.Marker;

/** The non-blank lines of a page with their offsets, normalized text and marker, computed once. */
final class Page {
    record Line(int start, int end, LineText text, Optional<Marker> marker) {
    }

    private final List<Line> lines;

    private Page(List<Line> lines) {
        this.lines = lines;
    }

    static Page of(String text, MarkerLexicon markers) {
        List<Line> lines = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (!isBlank(text, start, contentEnd)) {
                LineText t = new LineText(text.substring(start, contentEnd));
                lines.add(new Line(start, contentEnd, t, markers.match(t)));
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
        }
        return new Page(lines);
    }

    private static boolean isBlank(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    int size() {
        return lines.size();
    }

    Line line(int i) {
        return lines.get(i);
    }
}
