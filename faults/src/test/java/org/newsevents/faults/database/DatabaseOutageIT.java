package org.newsevents.faults.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.faults.support.Await;
import org.newsevents.faults.support.DistinctArticles;
import org.newsevents.sink.EmbeddedDatabase;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.faults.support.InProcessPipeline;
import org.newsevents.ingest.bulk.BulkIngest;
import org.newsevents.sink.SinkConfig;
import org.newsevents.stack.testing.RealStack;

/**
 * The PostgreSQL sink's database stopped for 60 s (system property {@code faults.db.outage.seconds}) while
 * articles keep coming: the sink retries without committing, and after the restart every article's rows are
 * there once, with counts equal to its summary.
 */
class DatabaseOutageIT {
    private static final int BATCH = 20;
    private static final long OUTAGE_SECONDS = Long.getLong("faults.db.outage.seconds", 60);

    @TempDir
    Path work;

    @Test
    void databaseDownForAMinuteLosesAndDuplicatesNothing() throws Exception {
        RealStack stack = FaultStack.stack();
        Settings ingest = FaultStack.ingest(stack, Map.of());
        String tag = "db-" + System.nanoTime();
        List<String> before = DistinctArticles.texts(tag + "-before", BATCH);
        List<String> during = DistinctArticles.texts(tag + "-during", BATCH);
        Set<String> idsBefore = DistinctArticles.ids(before);
        Set<String> idsDuring = DistinctArticles.ids(during);
        try (EmbeddedDatabase db = EmbeddedDatabase.start()) {
            Settings sink = FaultStack.sink(stack, db.jdbcUrl(), Map.of(SinkConfig.DB_USER, db.user()));
            try (InProcessPipeline pipeline = InProcessPipeline.start(stack, work, work.resolve("unused"), sink)) {
                BulkIngest.run(ingest, List.of(DistinctArticles.write(work.resolve("before"), before).toString()));
                Await.until("the first batch in the database", Duration.ofSeconds(120), () -> articles(db, idsBefore) == BATCH);

                db.stop();
                boolean restarted = false;
                try {
                    BulkIngest.run(ingest, List.of(DistinctArticles.write(work.resolve("during"), during).toString()));
                    long end = System.nanoTime() + Duration.ofSeconds(OUTAGE_SECONDS).toNanos();
                    while (System.nanoTime() < end) {
                        assertThat(pipeline.sink.thread.isAlive()).as("sink keeps retrying (failure %s)", pipeline.sink.failure.get()).isTrue();
                        Await.sleep(1_000);
                    }
                    assertThat(pipeline.sink.sink.caughtUp()).isFalse();
                    db.restart();
                    restarted = true;
                } finally {
                    if (!restarted) {
                        db.restart();
                    }
                }
                Await.until("the second batch in the database", Duration.ofSeconds(120), () -> articles(db, idsDuring) == BATCH);
                Await.until("the sink to catch up", Duration.ofSeconds(60), pipeline.sink.sink::caughtUp);
                assertThat(pipeline.sink.failure.get()).isNull();
            }
            List<String> all = new ArrayList<>(idsBefore);
            all.addAll(idsDuring);
            long events = 0;
            long lost = 0;
            for (String id : all) {
                List<Object> counts = db.query("SELECT statement_count, date_count, sanctions_count FROM articles WHERE article_id = ?", id).get(0);
                long[] want = {((Number) counts.get(0)).longValue(), ((Number) counts.get(1)).longValue(), ((Number) counts.get(2)).longValue()};
                String[] tables = {"statements", "dates", "sanctions"};
                for (int i = 0; i < 3; i++) {
                    long have = db.count("SELECT count(*) FROM " + tables[i] + " WHERE article_id = ?", id);
                    events += have;
                    lost += Math.max(0, want[i] - have);
                    assertThat(have).as("%s of %s", tables[i], id).isEqualTo(want[i]);
                }
            }
            // Primary keys make duplicates impossible in the tables; the row counts equal to the summaries show none was lost.
            assertThat(db.count("SELECT count(*) FROM articles WHERE article_id = ANY(?)", (Object) all.toArray(String[]::new)))
                .isEqualTo(all.size());
            FaultResults.record("PostgreSQL sink's database down for " + OUTAGE_SECONDS + " s", all.size(), events, lost, 0,
                BATCH + " articles ingested during the outage; the sink retried with backoff, committed nothing, resumed");
        }
    }

    private static long articles(EmbeddedDatabase db, Set<String> ids) {
        try {
            return db.count("SELECT count(*) FROM articles WHERE article_id = ANY(?)", (Object) ids.toArray(String[]::new));
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
