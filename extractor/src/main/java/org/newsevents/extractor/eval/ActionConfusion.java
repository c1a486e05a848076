package org.newsevents.extractor.eval;

import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/** Counts of (gold action, system action) over matched sanctions mentions. */
public record ActionConfusion(Map<String, Map<String, Integer>> counts) {
    public static final ActionConfusion EMPTY = new ActionConfusion(Map.of());

    public ActionConfusion {
        Map<String, Map<String, Integer>> copy = new TreeMap<>();
        counts.forEach((g, row) -> copy.put(g, Map.copyOf(row)));
        counts = Map.copyOf(copy);
    }

    public ActionConfusion plus(String gold, String sys) {
        return plus(new ActionConfusion(Map.of(String.valueOf(gold), Map.of(String.valueOf(sys), 1))));
    }

    public ActionConfusion plus(ActionConfusion o) {
        Map<String, Map<String, Integer>> sum = new TreeMap<>();
        for (ActionConfusion c : new ActionConfusion[] {this, o}) {
            c.counts.forEach((g, row) -> row.forEach((s, n) -> sum.computeIfAbsent(g, k -> new TreeMap<>()).merge(s, n, Integer::sum)));
        }
        return new ActionConfusion(sum);
    }

    public int get(String gold, String sys) {
        return counts.getOrDefault(gold, Map.of()).getOrDefault(sys, 0);
    }

    /** Rows = gold action, columns = system action. */
    public String render() {
        TreeSet<String> labels = new TreeSet<>(counts.keySet());
        counts.values().forEach(row -> labels.addAll(row.keySet()));
        StringBuilder b = new StringBuilder(String.format("%-10s", "gold\\sys"));
        labels.forEach(l -> b.append(String.format("%9s", l)));
        b.append(System.lineSeparator());
        for (String g : labels) {
            b.append(String.format("%-10s", g));
            labels.forEach(s -> b.append(String.format("%9d", get(g, s))));
            b.append(System.lineSeparator());
        }
        return b.toString();
    }
}
