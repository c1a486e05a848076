package org.newsevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A sink table row (snake_case columns, flattened records) back in the event's JSON shape. */
final class RowShape {
    private static final Map<String, String> RENAMED = Map.of(
        "start_offset", "start", "end_offset", "end", "statement_date", "date", "sanction_date", "date");

    private RowShape() {
    }

    static ObjectNode toEventJson(ObjectNode row) {
        ObjectNode out = row.objectNode();
        List<String> names = new ArrayList<>();
        row.fieldNames().forEachRemaining(names::add);
        for (String column : names) {
            if (column.startsWith("speaker_")) {
                nested(out, "speaker", column.substring("speaker_".length()), row.get(column));
            } else if (column.startsWith("imposer_")) {
                nested(out, "imposer", column.substring("imposer_".length()), row.get(column));
            } else {
                out.set(RENAMED.getOrDefault(column, camel(column)), row.get(column));
            }
        }
        // A sanctions row without an imposer has both imposer columns null: the event has none.
        JsonNode imposer = out.get("imposer");
        if (imposer != null && imposer.path("code").isNull() && imposer.path("name").isNull()) {
            out.putNull("imposer");
        }
        return out;
    }

    private static void nested(ObjectNode out, String record, String field, JsonNode value) {
        JsonNode existing = out.get(record);
        ObjectNode node = existing instanceof ObjectNode o ? o : out.putObject(record);
        node.set(field, value);
    }

    static String camel(String snake) {
        StringBuilder b = new StringBuilder(snake.length());
        boolean upper = false;
        for (char c : snake.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
