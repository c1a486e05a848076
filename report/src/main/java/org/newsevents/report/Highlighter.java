package org.newsevents.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Cuts an article's text at every event boundary so that overlapping events (a date inside a
 * sanctions clause inside a quote) each show: a segment lists every event covering it. Offsets are
 * Java (UTF-16) offsets, end exclusive; an event that does not fit the text is left unplaced.
 */
final class Highlighter {
    /** A run of text and the events covering it (empty for plain text). */
    public record Segment(String text, String types, String events) {
        public boolean highlighted() {
            return !events.isEmpty();
        }
    }

    private Highlighter() {
    }

    static boolean fits(EventRef e, String text) {
        return e.start() >= 0 && e.end() > e.start() && e.end() <= text.length();
    }

    static List<Segment> segments(String text, List<EventRef> events) {
        List<EventRef> placed = events.stream().filter(e -> fits(e, text)).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (EventRef e : placed) {
            cuts.add(e.start());
            cuts.add(e.end());
        }
        List<Segment> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int start = from;
            int end = to;
            List<EventRef> covering = placed.stream().filter(e -> e.start() <= start && e.end() >= end).toList();
            Set<String> types = covering.stream().map(e -> "hl-" + e.type()).collect(Collectors.toCollection(TreeSet::new));
            out.add(new Segment(text.substring(start, end), String.join(" ", types),
                covering.stream().map(EventRef::anchor).collect(Collectors.joining(" "))));
        }
        return out;
    }
}
