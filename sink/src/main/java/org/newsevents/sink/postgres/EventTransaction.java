package org.newsevents.sink.postgres;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.avro.specific.SpecificRecord;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.sink.EventFields;
import org.newsevents.sink.ExtractorVersions;

/**
 * Writes records in one transaction on a given connection (the caller commits): summaries that are
 * not older than the stored one replace it and delete the article's events of other, older versions;
 * events older than their article's current version are ignored; the rest are upserted by event id.
 */
final class EventTransaction {
    private final Connection connection;

    EventTransaction(Connection connection) {
        this.connection = connection;
    }

    /** Writes the records; returns the summaries that became current. */
    List<ArticleSummary> write(List<SpecificRecord> records) throws SQLException {
        Set<String> articleIds = new TreeSet<>();
        records.forEach(r -> articleIds.add(EventFields.articleId(r)));
        Map<String, String> stored = lockStoredVersions(articleIds);

        Map<String, String> current = new HashMap<>(stored);
        Map<String, ArticleSummary> summaries = new LinkedHashMap<>();
        for (SpecificRecord r : records) {
            if (r instanceof ArticleSummary s && !ExtractorVersions.isOlder(s.getExtractorVersion(),
                    current.getOrDefault(s.getArticleId(), s.getExtractorVersion()))) {
                current.put(s.getArticleId(), s.getExtractorVersion());
                summaries.put(s.getArticleId(), s);
            }
        }
        deleteOlderVersions(summaries.values(), current);

        Map<SqlTable, Map<String, SpecificRecord>> rows = new LinkedHashMap<>();
        for (SpecificRecord r : records) {
            if (r instanceof ArticleSummary) {
                continue;
            }
            String version = current.get(EventFields.articleId(r));
            if (version != null && ExtractorVersions.isOlder(EventFields.extractorVersion(r), version)) {
                continue; // superseded by a newer extraction of the article
            }
            rows.computeIfAbsent(EventRows.tableOf(r), t -> new LinkedHashMap<>()).put(EventFields.eventId(r), r);
        }
        upsert(EventRows.ARTICLES, new ArrayList<>(summaries.values()));
        for (Map.Entry<SqlTable, Map<String, SpecificRecord>> e : rows.entrySet()) {
            upsert(e.getKey(), new ArrayList<>(e.getValue().values()));
        }
        return new ArrayList<>(summaries.values());
    }

    private Map<String, String> lockStoredVersions(Set<String> articleIds) throws SQLException {
        Map<String, String> stored = new HashMap<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT article_id, extractor_version FROM articles WHERE article_id = ANY(?) FOR UPDATE")) {
            ps.setArray(1, connection.createArrayOf("text", articleIds.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    stored.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return stored;
    }

    private void deleteOlderVersions(Iterable<ArticleSummary> accepted, Map<String, String> current) throws SQLException {
        List<String> ids = new ArrayList<>();
        accepted.forEach(s -> ids.add(s.getArticleId()));
        if (ids.isEmpty()) {
            return;
        }
        Array idArray = connection.createArrayOf("text", ids.toArray());
        for (SqlTable table : EventRows.EVENT_TABLES) {
            // Version order is not SQL's text order, so find the stored versions and compare them here.
            Map<String, List<String>> older = new HashMap<>();
            try (PreparedStatement ps = connection.prepareStatement("SELECT DISTINCT article_id, extractor_version FROM "
                    + table.name() + " WHERE article_id = ANY(?)")) {
                ps.setArray(1, idArray);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        String article = rs.getString(1);
                        String version = rs.getString(2);
                        if (ExtractorVersions.isOlder(version, current.get(article))) {
                            older.computeIfAbsent(article, k -> new ArrayList<>()).add(version);
                        }
                    }
                }
            }
            if (older.isEmpty()) {
                continue;
            }
            try (PreparedStatement ps = connection.prepareStatement("DELETE FROM " + table.name()
                    + " WHERE article_id = ? AND extractor_version = ANY(?)")) {
                for (Map.Entry<String, List<String>> e : older.entrySet()) {
                    ps.setString(1, e.getKey());
                    ps.setArray(2, connection.createArrayOf("text", e.getValue().toArray()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
        }
    }

    private void upsert(SqlTable table, List<SpecificRecord> records) throws SQLException {
        if (records.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = connection.prepareStatement(table.upsertSql())) {
            for (SpecificRecord r : records) {
                List<Object> row = EventRows.row(r);
                for (int i = 0; i < row.size(); i++) {
                    bind(ps, i + 1, row.get(i));
                }
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void bind(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value instanceof SqlTextArray a) {
            ps.setArray(index, connection.createArrayOf("text", a.values().toArray()));
        } else if (value == null) {
            ps.setNull(index, java.sql.Types.VARCHAR);
        } else {
            ps.setObject(index, value);
        }
    }
}
