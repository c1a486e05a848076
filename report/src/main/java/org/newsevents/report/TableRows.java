package org.newsevents.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A long table (thousands of speakers or articles) as JSON for the page's script, which shows a page
 * of rows at a time and searches all of them: far quicker to open than thousands of table rows in
 * the HTML. Each row is [search text, cell...]; a cell is a text or [text, link].
 */
final class TableRows {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A cell: its text and, for a link, where it points (a page of the report). */
    record Cell(String text, String link) {
        static Cell plain(Object value) {
            return new Cell(value == null ? "" : String.valueOf(value), null);
        }

        static Cell link(String text, String link) {
            return new Cell(text == null ? "" : text, link);
        }
    }

    private TableRows() {
    }

    static <T> String json(List<T> items, Function<T, List<Cell>> cells) {
        ArrayNode rows = JSON.createArrayNode();
        for (T item : items) {
            ArrayNode row = rows.addArray();
            List<Cell> cs = cells.apply(item);
            row.add(String.join(" ", cs.stream().map(Cell::text).toList()).toLowerCase(Locale.ROOT));
            for (Cell c : cs) {
                if (c.link() == null) {
                    row.add(c.text());
                } else {
                    row.addArray().add(c.text()).add(c.link());
                }
            }
        }
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String speakers(List<Speakers.Group> groups) {
        return json(groups, g -> List.of(Cell.link(g.name(), g.page()), Cell.plain(g.title()), Cell.plain(g.code()),
            Cell.plain(g.count())));
    }

    static String articles(List<ArticleRef> articles) {
        return json(articles, a -> List.of(Cell.plain(a.number()), Cell.plain(a.published()), Cell.link(a.title(), a.page()),
            Cell.plain(a.source()), Cell.plain(a.statements()), Cell.plain(a.dates()), Cell.plain(a.sanctions())));
    }

    /** Links from a page one folder down (pairs/, speakers/) to an article page. */
    static String mentions(SanctionsPair pair) {
        return json(pair.mentions(), m -> List.of(Cell.plain(m.article().published()), Cell.plain(m.field("action")),
            Cell.link(m.field("text"), "../" + m.link()), Cell.plain(m.article().title())));
    }
}
