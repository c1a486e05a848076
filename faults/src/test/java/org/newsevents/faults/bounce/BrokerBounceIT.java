package org.newsevents.faults.bounce;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.faults.support.Await;
import org.newsevents.faults.support.DeadLetterTail;
import org.newsevents.faults.support.DistinctArticles;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.faults.support.InProcessPipeline;
import org.newsevents.faults.support.SinkOutput;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.RawInput;
import org.newsevents.ingest.publish.ArticlePublisher;
import org.newsevents.ingest.publish.IngestSummary;
import org.newsevents.ingest.publish.PublishFailedException;
import org.newsevents.ingest.publish.PublishOutcome;
import org.newsevents.stack.testing.RealStack;

/**
 * The broker stopped (SIGTERM) and started again on the same ports and data, first while ingest is sending,
 * then while the extractor works through a batch. Ingest either gets every send acknowledged after the bounce
 * or fails loudly, never counting an unacknowledged send; every acknowledged article reaches the sink once.
 */
class BrokerBounceIT {
    private static final int ARTICLES = 120;
    private static final long DOWN_MS = 3_000;

    @TempDir
    Path work;

    @Test
    void brokerBouncedDuringIngestAndDuringExtractionLosesAndDuplicatesNothing() throws Exception {
        RealStack stack = FaultStack.stack();
        Settings ingest = FaultStack.ingest(stack, Map.of());
        String tag = "bounce-" + System.nanoTime();
        Set<String> acknowledged = new LinkedHashSet<>();
        long failedLoudly = 0;
        try (DeadLetterTail dlq = new DeadLetterTail(ingest);
             InProcessPipeline pipeline = InProcessPipeline.start(stack, work)) {
            // 1. during ingest: a paced publisher, the broker stopped a second in
            List<String> first = DistinctArticles.texts(tag + "-ingest", ARTICLES);
            List<CompletableFuture<PublishOutcome>> sends = new ArrayList<>();
            IngestSummary summary;
            try (ArticlePublisher publisher = ArticlePublisher.create(ingest)) {
                Thread bounce = new Thread(() -> {
                    Await.sleep(1_000);
                    bounceBroker(stack);
                }, "bounce");
                bounce.start();
                ArticleIntake intake = ArticleIntake.create(ingest);
                for (int i = 0; i < first.size(); i++) {
                    Intake in = intake.process(RawInput.text("bounce-" + i, first.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
                    sends.add(publisher.submit(in));
                    Thread.sleep(50);
                }
                bounce.join();
                try {
                    publisher.flush();
                } catch (PublishFailedException e) {
                    failedLoudly++;
                }
                summary = publisher.summary();
            }
            Set<String> firstIds = new ArrayList<>(DistinctArticles.ids(first)).stream().collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new));
            List<String> idList = new ArrayList<>(firstIds);
            List<String> retry = new ArrayList<>();
            for (int i = 0; i < sends.size(); i++) {
                try {
                    sends.get(i).get();
                    acknowledged.add(idList.get(i));
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(PublishFailedException.class);
                    retry.add(first.get(i));
                }
            }
            // Counted = acknowledged: the summary never reports a send Kafka did not acknowledge.
            assertThat(summary.articleIds()).isEqualTo(acknowledged);
            if (!retry.isEmpty()) {
                // What a user does after a loud failure: run ingest again for what failed.
                try (ArticlePublisher publisher = ArticlePublisher.create(ingest)) {
                    ArticleIntake intake = ArticleIntake.create(ingest);
                    for (String t : retry) {
                        publisher.submit(intake.process(RawInput.text("retry", t.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                    }
                    publisher.flush();
                    acknowledged.addAll(publisher.summary().articleIds());
                }
            }
            assertThat(acknowledged).containsExactlyInAnyOrderElementsOf(firstIds);

            // 2. during extraction: a batch sent at once, the broker bounced once a few are through
            List<String> second = DistinctArticles.texts(tag + "-extract", ARTICLES);
            Set<String> secondIds = DistinctArticles.ids(second);
            try (ArticlePublisher publisher = ArticlePublisher.create(ingest)) {
                ArticleIntake intake = ArticleIntake.create(ingest);
                for (String t : second) {
                    publisher.submit(intake.process(RawInput.text("bounce-extract", t.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
                }
                publisher.flush();
                acknowledged.addAll(publisher.summary().articleIds());
            }
            Await.until("some of the second batch extracted", Duration.ofSeconds(120), () -> done(pipeline.out, secondIds) >= 5);
            int atBounce = done(pipeline.out, secondIds);
            bounceBroker(stack);

            Await.until("every acknowledged article accounted for", Duration.ofSeconds(240),
                () -> SinkOutput.check(pipeline.out, acknowledged, dlq.byKey()).complete(),
                () -> SinkOutput.check(pipeline.out, acknowledged, dlq.byKey()) + " extractor " + pipeline.extractor.streams().state()
                    + " sink failure " + pipeline.sink.failure.get());
            Await.until("the sink to catch up", Duration.ofSeconds(60), pipeline.sink.sink::caughtUp);
            SinkOutput.Check check = SinkOutput.check(pipeline.out, acknowledged, dlq.byKey());
            assertThat(check.complete()).as(check.toString()).isTrue();
            FaultResults.record("broker stopped and restarted during ingest, then during extraction", acknowledged.size(),
                check.eventsOut(), check.lost(), check.duplicated(), "ingest: " + summary.accepted() + " acknowledged through the bounce, "
                    + retry.size() + " failed loudly and were re-sent" + (failedLoudly > 0 ? " (flush threw PublishFailedException)" : "")
                    + "; extraction: bounced at " + atBounce + " of " + ARTICLES + "; broker down " + DOWN_MS / 1000 + " s each time");
        }
    }

    private static void bounceBroker(RealStack stack) {
        stack.stopBroker();
        Await.sleep(DOWN_MS);
        stack.startBroker();
    }

    private static int done(Path out, Set<String> ids) {
        Set<String> s = new HashSet<>(SinkOutput.summarized(out));
        s.retainAll(ids);
        return s.size();
    }
}
