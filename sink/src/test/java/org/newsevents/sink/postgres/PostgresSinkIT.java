package org.newsevents.sink.postgres;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.newsevents.common.config.Settings;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Statement;
import org.newsevents.sink.EmbeddedDatabase;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkConfig;
import org.newsevents.sink.SinkHarness;
import org.newsevents.sink.SinkHarness.CrashingTarget;
import org.newsevents.sink.SinkHarness.Running;
import org.newsevents.sink.TestEvents;

class PostgresSinkIT {
    private static EmbeddedDatabase db;

    @BeforeAll
    static void startDatabase() {
        db = EmbeddedDatabase.start();
    }

    @AfterAll
    static void stopDatabase() {
        db.close();
    }

    private static Settings settings() {
        return SinkHarness.settings(db.jdbcUrl(), Map.of(SinkConfig.DB_USER, db.user()));
    }

    private static List<SpecificRecord> articles(String prefix, String version, int count) {
        List<SpecificRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.addAll(TestEvents.article(prefix + i, version, 3));
        }
        return records;
    }

    private static long rows(String table, String prefix) {
        return db.count("SELECT count(*) FROM " + table + " WHERE article_id LIKE ?", prefix + "%");
    }

    private static void assertArticles(String prefix, int articles) {
        assertThat(rows("statements", prefix)).isEqualTo(3L * articles);
        assertThat(rows("dates", prefix)).isEqualTo(3L * articles);
        assertThat(rows("sanctions", prefix)).isEqualTo(3L * articles);
        assertThat(rows("articles", prefix)).isEqualTo(articles);
    }

    @Test
    void writesEachEventOnceAfterACrashBetweenTransactionAndOffsetCommit() throws Exception {
        Settings settings = settings();
        SinkHarness.produce(settings, articles("pc-", "v1", 4));

        Running crashing = new Running(EventSinks.create(settings,
            new CrashingTarget(EventSinks.target(settings), 2, CrashingTarget.When.AFTER_DURABLE_BEFORE_COMMIT)));
        crashing.awaitDeath();
        assertThat(crashing.failure.get()).isInstanceOf(SinkHarness.SimulatedCrash.class);

        try (Running r = new Running(EventSinks.create(settings))) {
            r.awaitCaughtUp();
        }

        assertArticles("pc-", 4);
    }

    @Test
    void retriesWhileTheDatabaseIsDownAndResumesWithoutLossOrDuplicates() throws Exception {
        Settings settings = settings();
        SinkHarness.produce(settings, articles("po-a", "v1", 2));
        try (Running r = new Running(EventSinks.create(settings))) {
            SinkHarness.await("first articles", Duration.ofSeconds(60), () -> rows("articles", "po-a") == 2);

            db.stop();
            try {
                SinkHarness.produce(settings, articles("po-b", "v1", 3));
                Thread.sleep(3_000);
                assertThat(r.thread.isAlive()).as("sink keeps retrying (failure: %s)", r.failure.get()).isTrue();
                assertThat(r.sink.caughtUp()).isFalse();
            } finally {
                db.restart();
            }

            SinkHarness.await("articles written after the outage", Duration.ofSeconds(60), () -> rows("articles", "po-b") == 3);
            r.awaitCaughtUp();
            assertThat(r.failure.get()).isNull();
            assertThat(r.committed).extracting(s -> s.getArticleId()).filteredOn(id -> id.startsWith("po-"))
                .containsExactlyInAnyOrder("po-a0", "po-a1", "po-b0", "po-b1", "po-b2");
        }
        assertArticles("po-a", 2);
        assertArticles("po-b", 3);
    }

    @Test
    void reExtractionDeletesTheOlderVersionAndIgnoresLateOldEvents() throws Exception {
        Settings settings = settings();
        SinkHarness.produce(settings, TestEvents.article("pr-1", "v1", 3));
        try (Running r = new Running(EventSinks.create(settings))) {
            SinkHarness.await("v1", Duration.ofSeconds(60), () -> rows("articles", "pr-") == 1);
            SinkHarness.produce(settings, TestEvents.article("pr-1", "v2", 1));
            SinkHarness.await("v2", Duration.ofSeconds(60),
                () -> db.count("SELECT count(*) FROM articles WHERE article_id = 'pr-1' AND extractor_version = 'v2'") == 1);
            SinkHarness.produce(settings, List.of(TestEvents.statement("pr-1", "v1", 7))); // a late event of the old version
            r.awaitCaughtUp();
            Thread.sleep(1_000);
        }

        for (String table : List.of("statements", "dates", "sanctions", "articles")) {
            assertThat(db.query("SELECT extractor_version FROM " + table + " WHERE article_id = 'pr-1'"))
                .as(table).containsExactly(List.of("v2"));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void storesTypedColumnsAndIndexesForAnalysts() {
        Settings settings = settings();
        SinkHarness.produce(settings, TestEvents.article("pt-1", "v1", 1));
        try (Running r = new Running(EventSinks.create(settings))) {
            SinkHarness.await("article", Duration.ofSeconds(60), () -> rows("articles", "pt-") == 1);
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
        List<Object> sanction = db.query("SELECT imposer_code, target_codes, targets->1->>'name', action, start_offset "
            + "FROM sanctions WHERE article_id = 'pt-1'").get(0);
        assertThat(sanction.get(0)).isEqualTo("USA");
        assertThat((List<Object>) sanction.get(1)).containsExactly("IRN", null);
        assertThat(sanction.subList(2, 5)).containsExactly("entities", "IMPOSE", 0);
        assertThat(db.count("SELECT count(*) FROM sanctions WHERE target_codes @> ARRAY['IRN'] AND article_id = 'pt-1'")).isEqualTo(1);
        assertThat(db.query("SELECT indexname FROM pg_indexes WHERE schemaname = 'public'")).extracting(row -> row.get(0))
            .contains("sanctions_target_codes", "sanctions_imposer_code", "statements_speaker_code", "sanctions_action",
                "dates_value", "dates_article");
    }

    @Test
    void deadLettersRecordsTheDatabaseRefusesAndWritesTheRestOfTheBatch() throws Exception {
        Settings settings = settings();
        List<SpecificRecord> records = new ArrayList<>(TestEvents.article("pd-ok", "v1", 3));
        Statement backwards = TestEvents.statement("pd-bad1", "v1", 1);
        backwards.setEnd(backwards.getStart() - 1);
        Statement nul = TestEvents.statement("pd-bad2", "v1", 1);
        nul.setQuote("a NUL \u0000 byte");
        records.add(2, backwards);
        records.add(4, nul);
        SinkHarness.produce(settings, records);

        try (Running r = new Running(EventSinks.create(settings))) {
            r.awaitCaughtUp();
            assertThat(r.failure.get()).isNull();
        }

        assertArticles("pd-ok", 1);
        assertThat(rows("statements", "pd-bad")).isZero();
        assertThat(SinkHarness.deadLetters(settings, "pd-bad1")).isNotEmpty()
            .allSatisfy(d -> assertThat(d.getReason()).isEqualTo("CONSTRAINT_VIOLATION"))
            .allSatisfy(d -> assertThat(d.getDetail()).contains("23514").doesNotContain("quote"));
        assertThat(SinkHarness.deadLetters(settings, "pd-bad2")).isNotEmpty()
            .allSatisfy(d -> assertThat(d.getReason()).isEqualTo("INVALID_DATA"));
    }
}
