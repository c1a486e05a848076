package org.newsevents.faults.registry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.faults.support.Await;
import org.newsevents.faults.support.DeadLetterTail;
import org.newsevents.faults.support.DistinctArticles;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.faults.support.InProcessPipeline;
import org.newsevents.faults.support.InProcessPipeline.SinkThread;
import org.newsevents.faults.support.SinkOutput;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.RawInput;
import org.newsevents.ingest.bulk.BulkIngest;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.PublishFailedException;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.stack.testing.RealStack;

/**
 * The registry stopped for a while. Clients that already resolved their schemas (a running ingest, the running
 * extractor and sink) keep working from their caches; a fresh ingest fails loudly (PublishFailedException)
 * and is simply run again later; a fresh sink waits (retries, nothing dead-lettered, nothing committed) and
 * catches up once the registry is back. Every article ends up in both sinks exactly once.
 */
class RegistryOutageIT {
    private static final int BATCH = 15;

    @TempDir
    Path work;

    @Test
    void registryDownWarmClientsContinueFreshIngestFailsLoudlyFreshSinkWaitsNothingLost() throws Exception {
        RealStack stack = FaultStack.stack();
        Settings ingest = FaultStack.ingest(stack, Map.of());
        String tag = "registry-" + System.nanoTime();
        List<String> a = DistinctArticles.texts(tag + "-a", BATCH);
        List<String> b = DistinctArticles.texts(tag + "-b", BATCH);
        List<String> c = DistinctArticles.texts(tag + "-c", BATCH);
        Set<String> all = new LinkedHashSet<>(DistinctArticles.ids(a));
        all.addAll(DistinctArticles.ids(b));
        all.addAll(DistinctArticles.ids(c));
        Path lateOut = work.resolve("late-sink");
        boolean registryDown = false;
        Throwable freshIngest;
        try (DeadLetterTail dlq = new DeadLetterTail(ingest);
             InProcessPipeline pipeline = InProcessPipeline.start(stack, work);
             ArticlePublisher warm = ArticlePublisher.create(ingest)) {
            ArticleIntake intake = ArticleIntake.create(ingest);
            publish(warm, intake, a);
            Set<String> idsA = DistinctArticles.ids(a);
            Await.until("batch A through", Duration.ofSeconds(120), () -> SinkOutput.check(pipeline.out, idsA, dlq.byKey()).complete());

            stack.stopRegistry();
            registryDown = true;
            SinkThread late;
            try {
                publish(warm, intake, b); // schema cached: no registry needed
                freshIngest = catchThrowable(() -> BulkIngest.run(ingest, List.of(DistinctArticles.write(work.resolve("c"), c).toString())));
                late = SinkThread.start(FaultStack.fileSink(stack, lateOut));
                Set<String> idsB = DistinctArticles.ids(b);
                Await.until("batch B through while the registry is down", Duration.ofSeconds(120),
                    () -> SinkOutput.check(pipeline.out, idsB, dlq.byKey()).complete());
                Await.sleep(3_000);
                assertThat(late.thread.isAlive()).as("fresh sink waits (failure %s)", late.failure.get()).isTrue();
                assertThat(late.sink.caughtUp()).isFalse();
            } finally {
                stack.startRegistry();
                registryDown = false;
            }
            if (freshIngest != null) {
                assertThat(freshIngest).isInstanceOf(PublishFailedException.class);
                // The loud failure's remedy: run the same ingest again.
                BulkIngest.run(ingest, List.of(work.resolve("c").toString()));
            }
            try (late) {
                Await.until("every article in the running pipeline's sink", Duration.ofSeconds(120),
                    () -> SinkOutput.check(pipeline.out, all, dlq.byKey()).complete(),
                    () -> SinkOutput.check(pipeline.out, all, dlq.byKey()).toString());
                Await.until("every article in the sink started during the outage", Duration.ofSeconds(120),
                    () -> SinkOutput.check(lateOut, all, dlq.byKey()).complete(),
                    () -> SinkOutput.check(lateOut, all, dlq.byKey()) + " failure " + late.failure.get());
            }
            for (String id : all) {
                DeadLetter d = dlq.get(id);
                assertThat(d).as("no dead letter for %s", id).isNull();
            }
            SinkOutput.Check check = SinkOutput.check(pipeline.out, all, dlq.byKey());
            SinkOutput.Check lateCheck = SinkOutput.check(lateOut, all, dlq.byKey());
            assertThat(check.complete()).as(check.toString()).isTrue();
            assertThat(lateCheck.summarized()).isEqualTo(all.size());
            FaultResults.record("registry stopped, then restarted", all.size(), check.eventsOut(), check.lost() + lateCheck.lost(),
                check.duplicated() + lateCheck.duplicated(), "warm ingest, extractor and sink went on from their schema caches; fresh ingest "
                    + (freshIngest == null ? "succeeded" : "failed loudly (" + freshIngest.getClass().getSimpleName() + ") and was re-run")
                    + "; a sink started during the outage waited, then delivered all " + lateCheck.eventsOut() + " events");
        } finally {
            if (registryDown) {
                stack.startRegistry();
            }
        }
    }

    private static void publish(ArticlePublisher publisher, ArticleIntake intake, List<String> texts) {
        for (String t : texts) {
            publisher.submit(intake.process(RawInput.text("registry-outage", t.getBytes(StandardCharsets.UTF_8))));
        }
        publisher.flush();
    }
}
