package org.newsevents.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sanctions graph laid out on a circle, drawn by the template as plain SVG. Written here rather
 * than with a vendored graph library: a circle of at most {@value SanctionsNetwork#GRAPH_NODES} nodes
 * is a few lines of trigonometry, renders without any script (so hostile names stay inert text), and
 * keeps every report page small.
 */
public record Graph(int size, List<Node> nodes, List<Edge> edges) {
    static final int SIZE = 640;
    private static final double RADIUS = 250;

    public record Node(String label, double x, double y, double labelX, double labelY, String anchor) {
    }

    public record Edge(SanctionsPair pair, double x1, double y1, double x2, double y2, double width) {
    }

    static Graph of(List<SanctionsPair> pairs, int maxNodes) {
        Map<String, Integer> degree = new LinkedHashMap<>();
        for (SanctionsPair p : pairs) {
            if (!p.imposer().equals(SanctionsNetwork.NONE) && !p.target().equals(SanctionsNetwork.NONE)) {
                degree.merge(p.imposer(), p.count(), Integer::sum);
                degree.merge(p.target(), p.count(), Integer::sum);
            }
        }
        List<String> labels = degree.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(maxNodes).map(Map.Entry::getKey).toList();
        Map<String, Node> nodes = new LinkedHashMap<>();
        double c = SIZE / 2.0;
        for (int i = 0; i < labels.size(); i++) {
            double angle = 2 * Math.PI * i / labels.size() - Math.PI / 2;
            double cos = Math.cos(angle);
            double sin = Math.sin(angle);
            nodes.put(labels.get(i), new Node(labels.get(i), round(c + RADIUS * cos), round(c + RADIUS * sin),
                round(c + (RADIUS + 22) * cos), round(c + (RADIUS + 22) * sin), cos < -0.2 ? "end" : cos > 0.2 ? "start" : "middle"));
        }
        List<Edge> edges = new ArrayList<>();
        for (SanctionsPair p : pairs) {
            Node from = nodes.get(p.imposer());
            Node to = nodes.get(p.target());
            if (from != null && to != null && from != to) {
                // Stop the line short of the target's circle so that the arrow head stays visible.
                double dx = to.x() - from.x();
                double dy = to.y() - from.y();
                double len = Math.hypot(dx, dy);
                double shorten = 14 / len;
                edges.add(new Edge(p, from.x(), from.y(), round(to.x() - dx * shorten), round(to.y() - dy * shorten),
                    round(1 + Math.log(p.count()) / Math.log(2))));
            }
        }
        return new Graph(SIZE, new ArrayList<>(nodes.values()), edges);
    }

    private static double round(double v) {
        return Math.round(v * 10) / 10.0;
    }
}
