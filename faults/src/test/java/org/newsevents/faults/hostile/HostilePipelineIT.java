package org.newsevents.faults.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.cli.extract.LocalInputs;
import org.newsevents.common.config.Settings;
import org.newsevents.faults.support.Await;
import org.newsevents.faults.support.DeadLetterTail;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.faults.support.SinkOutput;
import org.newsevents.ingest.ArticleIntake;
import org.newsevents.ingest.IngestConfig;
import org.newsevents.ingest.Intake;
import org.newsevents.ingest.validation.Rejection;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.stack.testing.RealStack;

/**
 * {@code newsevents run} on the hostile corpus against the real broker and registry: it finishes, every accepted
 * article has its summary and all its events exactly once or a dead letter with a reason, and every refused input
 * is on the DLQ with its reason.
 */
class HostilePipelineIT {
    @TempDir
    Path work;

    @Test
    void runSurvivesTheHostileCorpusAndAccountsForEveryArticle() throws Exception {
        RealStack stack = FaultStack.stack();
        Path corpus = work.resolve("hostile");
        HostileCorpus.write(corpus);
        Path out = work.resolve("out");

        List<String> args = new ArrayList<>(List.of("run", corpus.toString(), "--out", out.toString(), "--timeout", "240",
            "--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString()));
        FaultStack.extractorFlags(work.resolve("streams")).forEach((k, v) -> args.addAll(List.of("--set", k + "=" + v)));
        assertThat(Main.execute(args.toArray(String[]::new))).isZero();

        Set<String> accepted = new LinkedHashSet<>();
        List<Rejection> refused = new ArrayList<>();
        Settings ingest = FaultStack.ingest(stack, Map.of());
        ArticleIntake intake = ArticleIntake.create(ingest);
        new LocalInputs(intake.maxBytes(), ingest.list(IngestConfig.INCLUDE)).read(List.of(corpus.toString()), raw -> {
            Intake result = intake.process(raw);
            if (result instanceof Intake.Accepted a) {
                accepted.add(a.article().getId());
            } else {
                refused.add(((Intake.Rejected) result).rejection());
            }
        }, (source, reason) -> { throw new AssertionError(source + " unreadable: " + reason); });

        try (DeadLetterTail dlq = new DeadLetterTail(FaultStack.sink(stack, out.toString(), Map.of()))) {
            Await.until("the refusals and rejections on the DLQ", Duration.ofSeconds(60), () ->
                refused.stream().allMatch(r -> dlq.all().stream().anyMatch(d -> sameRefusal(d, r)))
                    && SinkOutput.check(out, accepted, dlq.byKey()).complete());
            SinkOutput.Check check = SinkOutput.check(out, accepted, dlq.byKey());
            assertThat(check.complete()).as(check.toString()).isTrue();
            FaultResults.record("hostile articles, `run` on the real stack", accepted.size() + refused.size(), check.eventsOut(),
                check.lost(), check.duplicated(), check.summarized() + " extracted, " + check.deadLettered()
                    + " dead-lettered by the extractor (reason), " + refused.size() + " refused by ingest (reason)");
        }
    }

    private static boolean sameRefusal(DeadLetter d, Rejection r) {
        return "ingest".equals(d.getStage()) && r.source().equals(d.getSource()) && r.reason().name().equals(d.getReason());
    }
}
