package org.newsevents.sink.files;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.avro.specific.SpecificRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.config.Settings;
import org.newsevents.schemas.DeadLetter;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.EventSinks;
import org.newsevents.sink.SinkHarness;
import org.newsevents.sink.SinkHarness.CrashingTarget;
import org.newsevents.sink.SinkHarness.Running;
import org.newsevents.sink.TestEvents;

class FileSinkIT {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path out;

    private List<SpecificRecord> articles(String prefix, String version, int count) {
        List<SpecificRecord> records = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            records.addAll(TestEvents.article(prefix + i, version, 3));
        }
        return records;
    }

    private static void runToCatchUp(Settings settings) throws InterruptedException {
        try (Running r = new Running(EventSinks.create(settings))) {
            r.awaitCaughtUp();
            assertThat(r.failure.get()).isNull();
        }
    }

    private List<JsonNode> lines(Path file, String prefix) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(file)) {
            JsonNode n = JSON.readTree(l);
            if (n.get("articleId").asText().startsWith(prefix)) {
                out.add(n);
            }
        }
        return out;
    }

    /** Every line of every published segment of a topic for the prefix's articles (duplicates included). */
    private List<String> segmentEventIds(String topic, String prefix) throws IOException {
        List<String> ids = new ArrayList<>();
        try (Stream<Path> files = Files.list(SegmentLayout.segmentDir(out, topic))) {
            for (Path f : files.filter(p -> SegmentName.parse(p.getFileName().toString()).isPresent()).toList()) {
                for (JsonNode n : lines(f, prefix)) {
                    ids.add(n.has("eventId") ? n.get("eventId").asText() : n.get("articleId").asText());
                }
            }
        }
        return ids;
    }

    private void assertEachEventOnce(String prefix, int articles) throws IOException {
        for (String topic : List.of(Topics.STATEMENTS, Topics.DATES, Topics.SANCTIONS)) {
            assertThat(segmentEventIds(topic, prefix)).doesNotHaveDuplicates().hasSize(3 * articles);
        }
        assertThat(segmentEventIds(Topics.SUMMARIES, prefix)).doesNotHaveDuplicates().hasSize(articles);
        FileCompactor.compact(out);
        assertThat(lines(out.resolve("statements.jsonl"), prefix)).hasSize(3 * articles);
        assertThat(lines(out.resolve("sanctions.jsonl"), prefix)).hasSize(3 * articles);
        assertThat(lines(out.resolve("articles.jsonl"), prefix)).hasSize(articles);
    }

    @Test
    void writesEachEventOnceAfterACrashBetweenPublishingAndCommitting() throws Exception {
        Settings settings = SinkHarness.settings(out.toString(), Map.of());
        SinkHarness.produce(settings, articles("fc-", "v1", 4));

        Running crashing = new Running(EventSinks.create(settings,
            new CrashingTarget(EventSinks.target(settings), 3, CrashingTarget.When.AFTER_DURABLE_BEFORE_COMMIT)));
        crashing.awaitDeath();
        assertThat(crashing.failure.get()).isInstanceOf(SinkHarness.SimulatedCrash.class);

        runToCatchUp(settings);

        assertEachEventOnce("fc-", 4);
    }

    @Test
    void leavesNoHalfLineWhenKilledMidSegment() throws Exception {
        Settings settings = SinkHarness.settings(out.toString(), Map.of());
        SinkHarness.produce(settings, articles("fm-", "v1", 4));

        Running crashing = new Running(EventSinks.create(settings,
            new CrashingTarget(EventSinks.target(settings), 2, CrashingTarget.When.BEFORE_DURABLE)));
        crashing.awaitDeath();
        assertThat(crashing.failure.get()).isInstanceOf(SinkHarness.SimulatedCrash.class);
        List<Path> leftovers;
        try (Stream<Path> files = Files.walk(out.resolve(SegmentLayout.SEGMENTS))) {
            leftovers = files.filter(p -> SegmentName.isTemp(p.getFileName().toString())).toList();
        }
        assertThat(leftovers).as("the killed sink's open segment").isNotEmpty();
        FileCompactor.compact(out); // readers never see the unpublished temp file

        runToCatchUp(settings);

        for (Path p : leftovers) {
            assertThat(p).doesNotExist();
        }
        assertEachEventOnce("fm-", 4);
    }

    @Test
    void keepsOnlyTheNewestExtractionAfterReExtraction() throws Exception {
        Settings settings = SinkHarness.settings(out.toString(), Map.of());
        SinkHarness.produce(settings, TestEvents.article("fr-1", "v1", 3));
        try (Running r = new Running(EventSinks.create(settings))) {
            SinkHarness.await("the v1 summary", Duration.ofSeconds(60),
                () -> r.committed.stream().anyMatch(s -> s.getArticleId().equals("fr-1")));
        }
        FileCompactor.compact(out);
        assertThat(lines(out.resolve("statements.jsonl"), "fr-")).hasSize(3);

        SinkHarness.produce(settings, TestEvents.article("fr-1", "v2", 1));
        runToCatchUp(settings);
        FileCompactor.compact(out);

        for (String file : List.of("statements.jsonl", "dates.jsonl", "sanctions.jsonl", "articles.jsonl")) {
            assertThat(lines(out.resolve(file), "fr-")).extracting(n -> n.get("extractorVersion").asText())
                .as(file).containsExactly("v2");
        }
    }

    @Test
    void deadLettersAnUndecodableValueAndMovesOn() throws Exception {
        Settings settings = SinkHarness.settings(out.toString(), Map.of());
        byte[] garbage = "not an avro record".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        SinkHarness.produceRaw(settings, Topics.DATES, "fd-bad", garbage);
        SinkHarness.produce(settings, TestEvents.article("fd-ok", "v1", 3));

        runToCatchUp(settings);

        FileCompactor.compact(out);
        assertThat(lines(out.resolve("dates.jsonl"), "fd-ok")).hasSize(3);
        List<DeadLetter> letters = SinkHarness.deadLetters(settings, "fd-bad");
        assertThat(letters).isNotEmpty().allSatisfy(d -> {
            assertThat(d.getReason()).isEqualTo("DESERIALIZATION");
            assertThat(d.getStage()).isEqualTo("sink");
            assertThat(d.getTopic()).isEqualTo(Topics.DATES);
            byte[] original = new byte[d.getOriginal().remaining()];
            d.getOriginal().duplicate().get(original);
            assertThat(original).isEqualTo(garbage);
        });
    }
}
