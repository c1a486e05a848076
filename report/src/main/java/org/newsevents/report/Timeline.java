package org.newsevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The timeline's data, counted here so that the page gets a few kilobytes however large the corpus:
 * per actor ("" = everyone), sanctions mentions and statements per publication day, and the dates the
 * articles talk about per normalized value. An actor is an actor code (or a name the extractor could
 * not code) of a sanctions imposer or target, or a statement's speaker code; the dates of an article
 * count for every actor its events name.
 */
public final class Timeline {
    static final String EVERYONE = "";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, Series> byActor = new TreeMap<>();

    private record Series(Map<String, Integer> sanctions, Map<String, Integer> statements, Map<String, Integer> talkedAbout) {
        Series() {
            this(new TreeMap<>(), new TreeMap<>(), new TreeMap<>());
        }
    }

    public static Timeline of(ReportIndex index) {
        Timeline t = new Timeline();
        Map<String, String> published = new HashMap<>();
        index.contents().articles().forEach(a -> published.put(Fields.text(a, "articleId"), Fields.text(a, "published")));
        Map<String, Set<String>> actorsOfArticle = new HashMap<>();
        for (ObjectNode m : index.contents().sanctions()) {
            Set<String> actors = new LinkedHashSet<>();
            addActor(actors, Fields.actor(m.get("imposer")));
            for (JsonNode target : m.path("targets")) {
                addActor(actors, Fields.actor(target));
            }
            t.count(actors, published.get(Fields.text(m, "articleId")), Series::sanctions);
            actorsOfArticle.computeIfAbsent(Fields.text(m, "articleId"), k -> new LinkedHashSet<>()).addAll(actors);
        }
        for (ObjectNode s : index.contents().statements()) {
            Set<String> actors = new LinkedHashSet<>();
            addActor(actors, Fields.text(s.path("speaker"), "code"));
            t.count(actors, published.get(Fields.text(s, "articleId")), Series::statements);
            actorsOfArticle.computeIfAbsent(Fields.text(s, "articleId"), k -> new LinkedHashSet<>()).addAll(actors);
        }
        for (ObjectNode d : index.contents().dates()) {
            t.count(actorsOfArticle.getOrDefault(Fields.text(d, "articleId"), Set.of()), Fields.text(d, "value"),
                Series::talkedAbout);
        }
        return t;
    }

    private static void addActor(Set<String> actors, String actor) {
        if (actor != null && !actor.isBlank()) {
            actors.add(actor);
        }
    }

    private void count(Set<String> actors, String day, java.util.function.Function<Series, Map<String, Integer>> series) {
        if (day == null) {
            return;
        }
        series.apply(byActor.computeIfAbsent(EVERYONE, k -> new Series())).merge(day, 1, Integer::sum);
        for (String actor : actors) {
            series.apply(byActor.computeIfAbsent(actor, k -> new Series())).merge(day, 1, Integer::sum);
        }
    }

    /** {"": {"sanctions": {"2023-08-01": 3, ...}, "statements": {...}, "talkedAbout": {"2023-W30": 1, ...}}, "USA": ...}. */
    public String json() {
        try {
            return JSON.writeValueAsString(byActor);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The actors to filter by, busiest first. */
    public java.util.List<String> actors() {
        return byActor.entrySet().stream().filter(e -> !e.getKey().equals(EVERYONE))
            .sorted(java.util.Comparator.comparingInt((Map.Entry<String, Series> e) ->
                -(total(e.getValue().sanctions()) + total(e.getValue().statements()))).thenComparing(Map.Entry::getKey))
            .map(Map.Entry::getKey).toList();
    }

    private static int total(Map<String, Integer> counts) {
        return counts.values().stream().mapToInt(Integer::intValue).sum();
    }
}
