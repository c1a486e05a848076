package org.newsevents.report;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers the articles (pages are named by number, never by id, which is the feed's and may hold
 * anything) and places every event on its article's page. Events of an article whose summary is
 * missing still get a page.
 */
public final class ReportIndex {
    public static final String STATEMENT = "statement";
    public static final String DATE = "date";
    public static final String SANCTIONS = "sanctions";

    private final SinkContents contents;
    private final Map<String, ArticleRef> articles = new LinkedHashMap<>();
    private final Map<String, List<EventRef>> eventsByArticle = new LinkedHashMap<>();
    private final Map<ObjectNode, EventRef> byNode = new java.util.IdentityHashMap<>();

    public ReportIndex(SinkContents contents) {
        this.contents = contents;
        for (ObjectNode a : contents.articles()) {
            String id = Fields.text(a, "articleId");
            articles.putIfAbsent(id, new ArticleRef(articles.size() + 1, id, Fields.text(a, "headline"),
                Fields.text(a, "source"), Fields.text(a, "published"), Fields.text(a, "publishedFrom"),
                Fields.text(a, "extractorVersion"), Fields.integer(a, "statementCount"),
                Fields.integer(a, "dateCount"), Fields.integer(a, "sanctionsCount")));
        }
        Map<String, List<Placed>> placed = new LinkedHashMap<>();
        place(placed, contents.statements(), STATEMENT);
        place(placed, contents.dates(), DATE);
        place(placed, contents.sanctions(), SANCTIONS);
        for (Map.Entry<String, List<Placed>> e : placed.entrySet()) {
            ArticleRef article = articles.computeIfAbsent(e.getKey(), id -> new ArticleRef(articles.size() + 1, id,
                null, Fields.text(e.getValue().get(0).node(), "source"), null, null, null, -1, -1, -1));
            List<Placed> events = e.getValue();
            events.sort(Comparator.comparingInt((Placed p) -> Fields.integer(p.node(), "start"))
                .thenComparing(p -> -Fields.integer(p.node(), "end")));
            List<EventRef> refs = new ArrayList<>();
            for (Placed p : events) {
                EventRef ref = new EventRef(article, "e" + (refs.size() + 1), p.type(), Fields.integer(p.node(), "start"),
                    Fields.integer(p.node(), "end"), label(p.type(), p.node()), p.node());
                refs.add(ref);
                byNode.put(p.node(), ref);
            }
            eventsByArticle.put(e.getKey(), refs);
        }
    }

    private record Placed(String type, ObjectNode node) {
    }

    private static void place(Map<String, List<Placed>> placed, List<ObjectNode> events, String type) {
        for (ObjectNode n : events) {
            placed.computeIfAbsent(Fields.text(n, "articleId"), id -> new ArrayList<>()).add(new Placed(type, n));
        }
    }

    private static String label(String type, ObjectNode n) {
        return switch (type) {
            case STATEMENT -> Fields.text(n.path("speaker"), "name") + ": " + Fields.text(n, "quote");
            case DATE -> Fields.text(n, "text") + " = " + Fields.text(n, "value");
            default -> Fields.text(n, "action") + ": " + Fields.text(n, "text");
        };
    }

    public SinkContents contents() {
        return contents;
    }

    public List<ArticleRef> articles() {
        return new ArrayList<>(articles.values());
    }

    public ArticleRef article(String id) {
        return articles.get(id);
    }

    public List<EventRef> events(String articleId) {
        return eventsByArticle.getOrDefault(articleId, List.of());
    }

    /** Where an event of {@link #contents()} is shown. */
    public EventRef ref(ObjectNode event) {
        return byNode.get(event);
    }
}
