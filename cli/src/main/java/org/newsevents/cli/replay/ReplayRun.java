package org.newsevents.cli.replay;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.streams.KafkaStreams;
import org.newsevents.cli.support.UserFacingException;
import org.newsevents.common.config.Settings;
import org.newsevents.common.kafka.KafkaClients;
import org.newsevents.common.kafka.TopicAdmin;
import org.newsevents.extractor.app.ExtractorApp;
import org.newsevents.extractor.app.ExtractorConfig;
import org.newsevents.extractor.app.Extractors;
import org.newsevents.schemas.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One replay of news.articles: the Streams extractor under the replay application id (fresh group, so
 * auto.offset.reset=earliest applies; fresh dedupe store) until its committed offsets reach the input's
 * end offsets captured at start; then it stops, and its group, internal topics and local state are removed.
 */
public final class ReplayRun {
    private static final Logger LOG = LoggerFactory.getLogger(ReplayRun.class);
    private static final Duration CHECK = Duration.ofMillis(500);
    private static final Duration PROGRESS = Duration.ofSeconds(10);

    /** What the replay did. */
    public record Result(String applicationId, String extractorVersion, long extracted, long refused, long inputRecords,
                         Duration took) {
    }

    private ReplayRun() {
    }

    /**
     * @param extractorSettings the extractor's settings; its application.id is the base of the replay's id
     */
    public static Result run(Settings extractorSettings, Duration timeout) throws Exception {
        long t0 = System.nanoTime();
        Extractors extractors = Extractors.fromSettings(extractorSettings);
        String version = extractors.version();
        String applicationId = ReplayApplicationId.of(extractorSettings.string(ExtractorConfig.APPLICATION_ID), version);
        Settings settings = extractorSettings.with(ExtractorConfig.APPLICATION_ID, applicationId);
        TopicAdmin.ensureTopics(settings, settings.integer(ExtractorConfig.PARTITIONS),
            Short.parseShort(settings.string(ExtractorConfig.REPLICATION)));
        try (Admin admin = Admin.create(KafkaClients.base(settings))) {
            InputEnd end = InputEnd.capture(admin, Topics.ARTICLES);
            LOG.info("replaying up to {} record(s) of {} with extractor {} as application {}",
                end.records(), Topics.ARTICLES, version, applicationId);
            ReplayCounts counts = new ReplayCounts();
            ExtractorApp app = ExtractorApp.start(settings, counts.counting(extractors::newExtractionFunction), version);
            try {
                awaitEnd(app, admin, end, applicationId, timeout);
            } finally {
                app.close();
            }
            removeReplayState(app.streams(), Path.of(settings.string(ExtractorConfig.STATE_DIR), applicationId),
                admin, applicationId);
            return new Result(applicationId, version, counts.extracted(), counts.refused(), end.records(),
                Duration.ofNanos(System.nanoTime() - t0));
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    private static void awaitEnd(ExtractorApp app, Admin admin, InputEnd end, String groupId, Duration timeout)
            throws ExecutionException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        long nextProgress = System.nanoTime() + PROGRESS.toNanos();
        while (true) {
            long remaining = end.remaining(admin, groupId);
            if (remaining == 0) {
                return;
            }
            KafkaStreams.State state = app.streams().state();
            if (state == KafkaStreams.State.ERROR || state == KafkaStreams.State.PENDING_ERROR
                || state == KafkaStreams.State.NOT_RUNNING || state == KafkaStreams.State.PENDING_SHUTDOWN) {
                throw new UserFacingException("the replay's extractor stopped (" + state + ") with " + remaining
                    + " offset(s) of " + end.topic() + " to go; run replay again to resume");
            }
            if (System.nanoTime() > deadline) {
                throw new UserFacingException("replay not finished after " + timeout.toSeconds() + " s: " + remaining
                    + " offset(s) of " + end.topic() + " to go; run replay again (same extractor version) to resume");
            }
            if (System.nanoTime() > nextProgress) {
                LOG.info("replay: {} offset(s) of {} to go", remaining, end.topic());
                nextProgress = System.nanoTime() + PROGRESS.toNanos();
            }
            Thread.sleep(CHECK.toMillis());
        }
    }

    private static void removeReplayState(KafkaStreams streams, Path stateDir, Admin admin,
                                          String applicationId) throws Exception {
        try {
            streams.cleanUp();
            // cleanUp() empties the application's directory but leaves it (and its process id file) behind.
            deleteTree(stateDir);
        } catch (RuntimeException | IOException e) {
            LOG.warn("could not delete the replay's local state {}: {}", stateDir, e.toString());
        }
        // The group may still show the members that just left for a moment.
        for (int attempt = 1; ; attempt++) {
            try {
                List<String> deleted = ReplayCleanup.deleteGroupAndInternalTopics(admin, applicationId);
                LOG.info("replay group {} and internal topics {} deleted", applicationId, deleted);
                return;
            } catch (ExecutionException e) {
                if (!(e.getCause() instanceof org.apache.kafka.common.errors.GroupNotEmptyException) || attempt == 20) {
                    LOG.warn("could not delete the replay's group or internal topics ({}); the next replay with this "
                        + "extractor version would resume from its offsets: delete group {} by hand", e.getCause(), applicationId);
                    return;
                }
                Thread.sleep(500);
            }
        }
    }
}
