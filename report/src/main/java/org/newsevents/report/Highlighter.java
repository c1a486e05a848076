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
    /** A run of text, the events covering it (empty for plain text), and its boilerplate reason (or null). */
    public record Segment(String text, String types, String events, String boilerplate) {
        public boolean highlighted() {
            return !events.isEmpty();
        }
    }

    private Highlighter() {
    }

    static boolean fits(EventRef e, String text) {
        return e.start() >= 0 && e.end() > e.start() && e.end() <= text.length();
    }

    static List<Segment> segments(String text, List<EventRef> events, List<ArticleTexts.Boilerplate> boilerplate) {
        List<EventRef> placed = events.stream().filter(e -> fits(e, text)).toList();
        List<ArticleTexts.Boilerplate> greyed = boilerplate.stream()
            .filter(b -> b.start() >= 0 && b.end() > b.start() && b.end() <= text.length()).toList();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (EventRef e : placed) {
            cuts.add(e.start());
            cuts.add(e.end());
        }
        for (ArticleTexts.Boilerplate b : greyed) {
            cuts.add(b.start());
            cuts.add(b.end());
        }
        List<Segment> out = new ArrayList<>();
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            int start = from;
            int end = to;
            List<EventRef> covering = placed.stream().filter(e -> e.start() <= start && e.end() >= end).toList();
            Set<String> types = covering.stream().map(e -> "hl-" + e.type()).collect(Collectors.toCollection(TreeSet::new));
            String reason = greyed.stream().filter(b -> b.start() <= start && b.end() >= end)
                .map(ArticleTexts.Boilerplate::reason).findFirst().orElse(null);
            out.add(new Segment(text.substring(start, end), String.join(" ", types),
                covering.stream().map(EventRef::anchor).collect(Collectors.joining(" ")), reason));
        }
        return out;
    }
}
