package org.newsevents.faults.kill;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.cli.Main;
import org.newsevents.faults.support.Await;
import org.newsevents.faults.support.DeadLetterTail;
import org.newsevents.faults.support.DistinctArticles;
import org.newsevents.faults.support.FaultResults;
import org.newsevents.faults.support.FaultStack;
import org.newsevents.faults.support.InProcessPipeline.SinkThread;
import org.newsevents.faults.support.SinkOutput;
import org.newsevents.ingest.bulk.BulkIngest;
import org.newsevents.stack.child.ParentWatch;
import org.newsevents.stack.testing.RealStack;

/**
 * The extractor as a child JVM ({@code newsevents extractor}) killed with SIGKILL while it works through a
 * batch, then started again on the same application id and state directory: every article's events reach the
 * sink exactly once (exactly_once_v2 aborts the killed transaction; the dedupe store is restored).
 */
class ExtractorKillIT {
    private static final int ARTICLES = 400;

    @TempDir
    Path work;

    @Test
    void extractorKilledMidStreamAndRestartedDeliversEveryArticleExactlyOnce() throws Exception {
        RealStack stack = FaultStack.stack();
        List<String> texts = DistinctArticles.texts("kill-" + System.nanoTime(), ARTICLES);
        Set<String> ids = DistinctArticles.ids(texts);
        Path out = work.resolve("sink");
        Process first = null;
        Process second = null;
        try (DeadLetterTail dlq = new DeadLetterTail(FaultStack.fileSink(stack, out));
             SinkThread sink = SinkThread.start(FaultStack.fileSink(stack, out))) {
            first = startExtractor(stack, work.resolve("extractor-1.log"));
            awaitRunning(first, work.resolve("extractor-1.log"));
            BulkIngest.run(FaultStack.ingest(stack, Map.of()), List.of(DistinctArticles.write(work.resolve("in"), texts).toString()));

            Await.until("a tenth of the articles through", Duration.ofSeconds(120), () -> done(out, ids) >= ARTICLES / 10);
            first.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no clean close, no leave-group
            assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
            int atKill = done(out, ids);
            assertThat(atKill).as("killed half-way, not after the end").isLessThan(ARTICLES);

            second = startExtractor(stack, work.resolve("extractor-2.log"));
            Await.until("every article accounted for after the restart", Duration.ofSeconds(180),
                () -> SinkOutput.check(out, ids, dlq.byKey()).complete(),
                () -> SinkOutput.check(out, ids, dlq.byKey()).toString());
            Await.until("the sink to catch up", Duration.ofSeconds(30), sink.sink::caughtUp);
            SinkOutput.Check check = SinkOutput.check(out, ids, dlq.byKey());
            assertThat(check.complete()).as(check.toString()).isTrue();
            assertThat(check.summarized()).isEqualTo(ARTICLES);
            FaultResults.record("extractor child JVM killed with SIGKILL mid-stream, restarted", ARTICLES, check.eventsOut(),
                check.lost(), check.duplicated(), atKill + " of " + ARTICLES + " articles in the sink at the kill");
        } finally {
            for (Process p : new Process[] {first, second}) {
                if (p != null) {
                    p.destroyForcibly();
                    p.waitFor(30, TimeUnit.SECONDS);
                }
            }
        }
    }

    private static int done(Path out, Set<String> ids) {
        Set<String> s = new HashSet<>(SinkOutput.summarized(out));
        s.retainAll(ids);
        return s.size();
    }

    /** {@code java -cp <test class path> ParentWatch <our pid> org.newsevents.cli.Main extractor ...}, output to a log. */
    private Process startExtractor(RealStack stack, Path log) throws Exception {
        List<String> command = new ArrayList<>(List.of(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
            "-cp", System.getProperty("java.class.path"),
            // The child exits if this JVM dies, so a failed run leaves no extractor behind.
            ParentWatch.class.getName(), Long.toString(ProcessHandle.current().pid()),
            Main.class.getName(), "extractor",
            "--bootstrap-servers", stack.bootstrapServers(), "--registry-url", stack.registryUrl(),
            "--config-dir", work.resolve("no-config").toString()));
        FaultStack.extractorFlags(work.resolve("streams")).forEach((k, v) -> command.addAll(List.of("--set", k + "=" + v)));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null"))).start();
    }

    private static void awaitRunning(Process p, Path log) {
        Await.until("the child extractor to reach RUNNING", Duration.ofSeconds(120), () -> {
            if (!p.isAlive()) {
                throw new AssertionError("the child extractor exited with " + p.exitValue() + "; log " + log);
            }
            try {
                return Files.exists(log) && Files.readString(log, StandardCharsets.ISO_8859_1).contains("-> RUNNING");
            } catch (java.io.IOException e) {
                return false;
            }
        });
    }
}
