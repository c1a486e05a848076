package org.newsevents.sink.postgres;

import java.util.List;
import java.util.stream.Collectors;

/** A table the sink writes: its name, key and columns in bind order; builds the upsert from them. */
public record SqlTable(String name, String key, List<String> columns) {
    /** {@code INSERT ... ON CONFLICT (key) DO UPDATE SET every other column = EXCLUDED.column}. */
    public String upsertSql() {
        String placeholders = columns.stream().map(c -> castFor(c)).collect(Collectors.joining(", "));
        String updates = columns.stream().filter(c -> !c.equals(key))
            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", "));
        return "INSERT INTO " + name + " (" + String.join(", ", columns) + ") VALUES (" + placeholders + ")"
            + " ON CONFLICT (" + key + ") DO UPDATE SET " + updates + ", written_at = now()";
    }

    private static String castFor(String column) {
        return column.equals("targets") ? "CAST(? AS jsonb)" : "?";
    }
}
