package org.newsevents.extractor.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import org.newsevents.extractor.eval.GoldLoader.GoldSpans;
import org.newsevents.extractor.eval.GreedyMatcher.Pair;
import org.newsevents.extractor.eval.Spans.DateSpan;
import org.newsevents.extractor.eval.Spans.QuoteSpan;
import org.newsevents.extractor.eval.Spans.SanctionSpan;

/**
 * The errors of one article, one line each, for {@code eval --errors}: what was missed, what was
 * found that gold does not have, and matched items with a wrong field (expected vs got), each
 * with the words around it, so that rules are fixed from errors.
 */
final class ErrorLister {
    private static final int CONTEXT = 90;
    private final String text;
    private final List<String> lines = new ArrayList<>();

    ErrorLister(String text) {
        this.text = text;
    }

    List<String> lines() {
        return List.copyOf(lines);
    }

    void dates(GoldSpans gold, SystemOutput sys, List<Pair> spanMatches) {
        boolean[] g = new boolean[gold.dates().size()];
        boolean[] s = new boolean[sys.dates().size()];
        for (Pair p : spanMatches) {
            g[p.gold()] = true;
            s[p.sys()] = true;
            DateSpan gd = gold.dates().get(p.gold());
            DateSpan sd = sys.dates().get(p.sys());
            if (!Objects.equals(gd.value(), sd.value())) {
                add("date VALUE", gd.start(), gd.end(), "expected " + gd.value() + " got " + sd.value() + " [" + cut(sd.start(), sd.end()) + "]");
            }
        }
        for (int i = 0; i < g.length; i++) {
            if (!g[i]) {
                DateSpan d = gold.dates().get(i);
                add("date MISSED", d.start(), d.end(), "expected " + d.value());
            }
        }
        for (int i = 0; i < s.length; i++) {
            if (!s[i]) {
                DateSpan d = sys.dates().get(i);
                add("date SPURIOUS", d.start(), d.end(), "got " + d.value());
            }
        }
    }

    void statements(GoldSpans gold, SystemOutput sys, List<Pair> quoteMatches) {
        boolean[] g = new boolean[gold.statements().size()];
        boolean[] s = new boolean[sys.statements().size()];
        for (Pair p : quoteMatches) {
            g[p.gold()] = true;
            s[p.sys()] = true;
            QuoteSpan gq = gold.statements().get(p.gold());
            QuoteSpan sq = sys.statements().get(p.sys());
            if (!Scorer.sameLastName(gq.speaker(), sq.speaker())) {
                add("statement SPEAKER", gq.start(), gq.end(), "expected " + gq.speaker() + " got " + sq.speaker());
            } else if (gq.direct() != null && sq.direct() != null && !gq.direct().equals(sq.direct())) {
                add("statement DIRECT", gq.start(), gq.end(), "expected direct=" + gq.direct() + " got " + sq.direct());
            }
        }
        for (int i = 0; i < g.length; i++) {
            if (!g[i]) {
                QuoteSpan q = gold.statements().get(i);
                add("statement MISSED", q.start(), q.end(), "expected " + q.speaker() + (Boolean.FALSE.equals(q.direct()) ? " (indirect)" : " (direct)"));
            }
        }
        for (int i = 0; i < s.length; i++) {
            if (!s[i]) {
                QuoteSpan q = sys.statements().get(i);
                add("statement SPURIOUS", q.start(), q.end(), "got " + q.speaker() + (Boolean.FALSE.equals(q.direct()) ? " (indirect)" : " (direct)"));
            }
        }
    }

    void sanctions(GoldSpans gold, SystemOutput sys, List<Pair> matches) {
        boolean[] g = new boolean[gold.sanctions().size()];
        boolean[] s = new boolean[sys.sanctions().size()];
        for (Pair p : matches) {
            g[p.gold()] = true;
            s[p.sys()] = true;
            SanctionSpan gs = gold.sanctions().get(p.gold());
            SanctionSpan ss = sys.sanctions().get(p.sys());
            if (!Scorer.sameRoles(gs, ss)) {
                add("sanctions ROLES", gs.start(), gs.end(), "expected " + roles(gs) + " got " + roles(ss));
            }
        }
        for (int i = 0; i < g.length; i++) {
            if (!g[i]) {
                SanctionSpan m = gold.sanctions().get(i);
                add("sanctions MISSED", m.start(), m.end(), "expected " + roles(m));
            }
        }
        for (int i = 0; i < s.length; i++) {
            if (!s[i]) {
                SanctionSpan m = sys.sanctions().get(i);
                add("sanctions SPURIOUS", m.start(), m.end(), "got " + roles(m));
            }
        }
    }

    private static String roles(SanctionSpan m) {
        return m.action() + " " + m.imposer() + " -> " + new TreeSet<>(m.targets());
    }

    private void add(String kind, int start, int end, String detail) {
        lines.add(String.format("%-20s @%-6d %s | %s", kind, start, detail, context(start, end)));
    }

    /** The span in [brackets] with up to CONTEXT characters of its line either side. */
    private String context(int start, int end) {
        int lineStart = text.lastIndexOf('\n', Math.max(0, start - 1)) + 1;
        int lineEnd = text.indexOf('\n', end);
        lineEnd = lineEnd < 0 ? text.length() : lineEnd;
        int from = Math.max(lineStart, start - CONTEXT);
        int to = Math.min(lineEnd, end + CONTEXT);
        return (from > lineStart ? "..." : "") + text.substring(from, start) + "[" + cut(start, end) + "]"
                + text.substring(end, Math.max(end, to)) + (to < lineEnd ? "..." : "");
    }

    private String cut(int start, int end) {
        String s = text.substring(start, Math.min(end, text.length())).replace('\n', ' ');
        return s.length() <= 240 ? s : s.substring(0, 120) + " ... " + s.substring(s.length() - 100);
    }
}
