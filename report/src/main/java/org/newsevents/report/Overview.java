package org.newsevents.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;

/** The overview page's figures: counts per event type and kind, publication dates, extractor versions. */
public record Overview(int articles, int statements, int dates, int sanctions,
                       Map<String, Integer> sanctionsByAction, Map<String, Integer> statementsByKind,
                       Map<String, Integer> datesByGranularity, String firstPublished, String lastPublished,
                       Map<String, Integer> publishedFrom, Map<String, Integer> extractorVersions) {

    public static Overview of(SinkContents c) {
        List<String> published = c.articles().stream().map(a -> Fields.text(a, "published"))
            .filter(Objects::nonNull).sorted().toList();
        return new Overview(c.articles().size(), c.statements().size(), c.dates().size(), c.sanctions().size(),
            count(c.sanctions(), n -> Fields.text(n, "action")),
            count(c.statements(), n -> n.path("direct").asBoolean() ? "direct" : "reported"),
            count(c.dates(), n -> Fields.text(n, "granularity")),
            published.isEmpty() ? null : published.get(0),
            published.isEmpty() ? null : published.get(published.size() - 1),
            count(c.articles(), n -> Fields.text(n, "publishedFrom")),
            count(c.articles(), n -> Fields.text(n, "extractorVersion")));
    }

    private static Map<String, Integer> count(List<ObjectNode> nodes, Function<ObjectNode, String> key) {
        Map<String, Integer> counts = new TreeMap<>();
        for (ObjectNode n : nodes) {
            counts.merge(Objects.requireNonNullElse(key.apply(n), "(none)"), 1, Integer::sum);
        }
        return counts;
    }
}
