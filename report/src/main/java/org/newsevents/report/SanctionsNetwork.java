package org.newsevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who sanctions whom: every imposer -> target pair with its mentions, the busiest imposers and
 * targets as a matrix, the busiest actors as a graph. Matrix and graph are capped so that a large
 * corpus stays readable; the full list of pairs is on the same page.
 */
public record SanctionsNetwork(List<SanctionsPair> pairs, List<String> rows, List<String> columns,
                               Map<String, SanctionsPair> cells, Graph graph) {
    static final String NONE = "(none)";
    static final int MATRIX_SIZE = 25;
    static final int GRAPH_NODES = 20;

    public static SanctionsNetwork of(ReportIndex index) {
        Map<String, SanctionsPair> byKey = new LinkedHashMap<>();
        for (ObjectNode m : index.contents().sanctions()) {
            String imposer = orNone(Fields.actor(m.get("imposer")));
            List<String> targets = new ArrayList<>();
            for (JsonNode t : m.path("targets")) {
                targets.add(orNone(Fields.actor(t)));
            }
            if (targets.isEmpty()) {
                targets.add(NONE);
            }
            for (String target : targets.stream().distinct().toList()) {
                SanctionsPair pair = byKey.computeIfAbsent(key(imposer, target),
                    k -> SanctionsPair.empty(byKey.size() + 1, imposer, target));
                pair.byAction().merge(orNone(Fields.text(m, "action")), 1, Integer::sum);
                pair.mentions().add(index.ref(m));
            }
        }
        List<SanctionsPair> pairs = new ArrayList<>(byKey.values());
        pairs.sort(Comparator.comparingInt(SanctionsPair::count).reversed()
            .thenComparing(SanctionsPair::imposer).thenComparing(SanctionsPair::target));
        List<String> rows = busiest(pairs, SanctionsPair::imposer, MATRIX_SIZE);
        List<String> columns = busiest(pairs, SanctionsPair::target, MATRIX_SIZE);
        Map<String, SanctionsPair> cells = new LinkedHashMap<>();
        for (SanctionsPair p : pairs) {
            cells.put(key(p.imposer(), p.target()), p);
        }
        return new SanctionsNetwork(pairs, rows, columns, cells, Graph.of(pairs, GRAPH_NODES));
    }

    /** The cell of a matrix row and column, or null. */
    public SanctionsPair cell(String imposer, String target) {
        return cells.get(key(imposer, target));
    }

    private static String key(String imposer, String target) {
        return imposer + "\u0000" + target;
    }

    private static String orNone(String s) {
        return s == null || s.isBlank() ? NONE : s;
    }

    private static List<String> busiest(List<SanctionsPair> pairs, java.util.function.Function<SanctionsPair, String> side,
                                        int limit) {
        Map<String, Integer> totals = new LinkedHashMap<>();
        pairs.forEach(p -> totals.merge(side.apply(p), p.count(), Integer::sum));
        return totals.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(limit).map(Map.Entry::getKey).toList();
    }
}
