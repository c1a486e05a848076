package org.newsevents.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;

/**
 * Reads the PostgreSQL sink's tables and gives each row the JSON shape the file sink writes, so one
 * report builder serves both. Columns the report does not know are carried along under their own name.
 */
public final class JdbcSinkReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Set<String> BOOKKEEPING = Set.of("written_at", "target_codes");

    private JdbcSinkReader() {
    }

    public static SinkContents read(String url, String user, String password) {
        Properties props = new Properties();
        if (user != null) {
            props.setProperty("user", user);
        }
        if (password != null) {
            props.setProperty("password", password);
        }
        try (Connection c = DriverManager.getConnection(url, props)) {
            c.setReadOnly(true);
            return new SinkContents(
                rows(c, "SELECT * FROM articles ORDER BY article_id"),
                rows(c, "SELECT * FROM statements ORDER BY article_id, start_offset, event_id"),
                rows(c, "SELECT * FROM dates ORDER BY article_id, start_offset, event_id"),
                rows(c, "SELECT * FROM sanctions ORDER BY article_id, start_offset, event_id"));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the sink tables: " + e.getMessage(), e);
        }
    }

    private static List<ObjectNode> rows(Connection c, String sql) throws SQLException {
        List<ObjectNode> out = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                ObjectNode flat = JSON.createObjectNode();
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    String column = meta.getColumnName(i);
                    if (!BOOKKEEPING.contains(column)) {
                        flat.set(column, value(rs.getObject(i), meta.getColumnTypeName(i)));
                    }
                }
                out.add(RowShape.toEventJson(flat));
            }
        }
        return out;
    }

    private static JsonNode value(Object v, String type) throws SQLException {
        if (v == null) {
            return JSON.nullNode();
        }
        if ("jsonb".equals(type) || "json".equals(type)) {
            try {
                return JSON.readTree(v.toString());
            } catch (java.io.IOException e) {
                throw new SQLException("unreadable " + type + " value", e);
            }
        }
        return JSON.valueToTree(v);
    }
}
