package org.newsevents.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.avro.generic.IndexedRecord;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.json.AvroJson;
import org.newsevents.schemas.SanctionsMention;
import org.newsevents.sink.EmbeddedDatabase;
import org.newsevents.sink.TestEvents;
import org.newsevents.sink.postgres.Database;
import org.newsevents.sink.postgres.PostgresEventSink;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The same events through the real PostgreSQL sink (zonky) and as file-sink lines: the report reads
 * both into the same records, so one report serves either sink.
 */
class JdbcSinkReaderIT {
    static EmbeddedDatabase db;

    @TempDir
    Path dir;

    @BeforeAll
    static void startDatabase() {
        db = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stopDatabase() {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void readsTheSinkTablesInTheFileSinksShape() throws IOException {
        List<SpecificRecord> records = new ArrayList<>(TestEvents.article("a1", "v1", 2));
        records.addAll(TestEvents.article("a2", "v1", 1));
        SanctionsMention noImposer = TestEvents.sanction("a2", "v1", 7);
        noImposer.setImposer(null);
        records.add(noImposer);

        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(db.jdbcUrl());
        dataSource.setUser(db.user());
        Database.migrate(dataSource);
        new PostgresEventSink(dataSource, () -> { }).write(TestEvents.consumed(records, 0));
        writeFiles(records);

        SinkContents fromTables = JdbcSinkReader.read(db.jdbcUrl(), db.user(), null);
        SinkContents fromFiles = FileSinkReader.read(dir);
        assertThat(byKey(fromTables.articles(), "articleId")).isEqualTo(byKey(fromFiles.articles(), "articleId"));
        assertThat(byKey(fromTables.statements(), "eventId")).isEqualTo(byKey(fromFiles.statements(), "eventId"));
        assertThat(byKey(fromTables.dates(), "eventId")).isEqualTo(byKey(fromFiles.dates(), "eventId"));
        assertThat(byKey(fromTables.sanctions(), "eventId")).isEqualTo(byKey(fromFiles.sanctions(), "eventId"))
            .hasSize(4);
        assertThat(Overview.of(fromTables)).isEqualTo(Overview.of(fromFiles));
    }

    private void writeFiles(List<SpecificRecord> records) throws IOException {
        Map<String, List<String>> lines = new TreeMap<>();
        for (String file : FileSinkReader.FILES) {
            lines.put(file, new ArrayList<>());
        }
        for (SpecificRecord r : records) {
            String topic = TestEvents.topicOf(r);
            String file = topic.substring(topic.lastIndexOf('.') + 1) + ".jsonl";
            lines.get(file).add(AvroJson.toLine((IndexedRecord) r));
        }
        for (Map.Entry<String, List<String>> e : lines.entrySet()) {
            Files.write(dir.resolve(e.getKey()), e.getValue());
        }
    }

    private static Map<String, ObjectNode> byKey(List<ObjectNode> nodes, String key) {
        Map<String, ObjectNode> out = new TreeMap<>();
        nodes.forEach(n -> out.put(n.get(key).asText(), n));
        return out;
    }
}
