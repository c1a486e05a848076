package org.newsevents.sink.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.SinkRecord;
import org.newsevents.sink.TestEvents;

class FileCompactorTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** Writes the records as published segments, as the sink would, offsets continuing per topic. */
    private void publish(List<SpecificRecord> records) {
        FileEventSink sink = FileEventSink.open(dir, Long.MAX_VALUE, Duration.ofSeconds(10));
        List<TopicPartition> all = Topics.EVENT_TOPICS.stream().map(t -> new TopicPartition(t, 0)).toList();
        var next = sink.assigned(all);
        List<SinkRecord> batch = new ArrayList<>();
        java.util.Map<String, Long> offsets = new java.util.HashMap<>();
        for (SpecificRecord r : records) {
            String topic = TestEvents.topicOf(r);
            long offset = offsets.merge(topic, next.get(new TopicPartition(topic, 0)), (a, b) -> a + 1);
            batch.add(new SinkRecord(new TopicPartition(topic, 0), offset, "k", r, new byte[0]));
        }
        sink.write(batch);
        sink.tick(true);
    }

    private List<JsonNode> lines(String file) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        for (String l : Files.readAllLines(dir.resolve(file))) {
            out.add(JSON.readTree(l));
        }
        return out;
    }

    @Test
    void keepsOnlyTheNewestExtractionOfEachArticle() throws IOException {
        publish(TestEvents.article("a1", "v1", 2));
        publish(TestEvents.article("a2", "v1", 1));
        publish(TestEvents.article("a1", "v2", 1));

        FileCompactor.compact(dir);

        assertThat(lines("articles.jsonl")).extracting(n -> n.get("articleId").asText() + "@" + n.get("extractorVersion").asText())
            .containsExactly("a1@v2", "a2@v1");
        for (String file : List.of("statements.jsonl", "dates.jsonl", "sanctions.jsonl")) {
            assertThat(lines(file)).extracting(n -> n.get("articleId").asText() + "@" + n.get("extractorVersion").asText())
                .containsExactly("a1@v2", "a2@v1");
        }
    }

    @Test
    void versionsCompareAsNumbersNotAsText() throws IOException {
        publish(TestEvents.article("a1", "v10", 1));
        publish(TestEvents.article("a1", "v9", 1)); // an older extractor replayed late

        FileCompactor.compact(dir);

        assertThat(lines("statements.jsonl")).extracting(n -> n.get("extractorVersion").asText()).containsExactly("v10");
    }

    @Test
    void writesEachEventOnceWhenItWasDeliveredTwice() throws IOException {
        publish(TestEvents.article("a1", "v1", 2));
        publish(TestEvents.article("a1", "v1", 2));

        FileCompactor.Result result = FileCompactor.compact(dir);

        assertThat(result.lines()).containsEntry("statements.jsonl", 2).containsEntry("articles.jsonl", 1);
        assertThat(lines("dates.jsonl")).extracting(n -> n.get("eventId").asText()).doesNotHaveDuplicates().hasSize(2);
    }

    @Test
    void sortsByArticleThenStartThenEventIdAndIsByteIdenticalWhenRunTwice() throws IOException {
        List<SpecificRecord> records = new ArrayList<>(TestEvents.article("b", "v1", 3));
        records.addAll(TestEvents.article("a", "v1", 3));
        java.util.Collections.reverse(records);
        publish(records);

        FileCompactor.compact(dir);
        byte[] first = Files.readAllBytes(dir.resolve("statements.jsonl"));
        FileCompactor.compact(dir);

        assertThat(Files.readAllBytes(dir.resolve("statements.jsonl"))).isEqualTo(first);
        assertThat(lines("statements.jsonl")).extracting(n -> n.get("articleId").asText() + ":" + n.get("start").asInt())
            .containsExactly("a:0", "a:10", "a:20", "b:0", "b:10", "b:20");
        assertThat(lines("articles.jsonl")).extracting(n -> n.get("articleId").asText()).containsExactly("a", "b");
    }

    @Test
    void keepsTheNewestEventsOfAnArticleWhoseSummaryHasNotArrived() throws IOException {
        publish(List.of(TestEvents.statement("a1", "v1", 0), TestEvents.statement("a1", "v2", 1)));

        FileCompactor.compact(dir);

        assertThat(lines("statements.jsonl")).extracting(n -> n.get("extractorVersion").asText()).containsExactly("v2");
        assertThat(Files.readAllLines(dir.resolve("articles.jsonl"))).isEmpty();
    }

    @Test
    void ignoresTempFilesOfUnpublishedSegments() throws IOException {
        publish(TestEvents.article("a1", "v1", 1));
        Path statements = SegmentLayout.segmentDir(dir, Topics.STATEMENTS);
        // what a crash mid-write leaves: a temp segment ending in half a line
        Files.writeString(statements.resolve(SegmentName.tempName(0, 1)), "{\"eventId\":\"a1-v1-s9\",\"articleId\":\"a1\",\"sta");

        FileCompactor.compact(dir);

        assertThat(lines("statements.jsonl")).hasSize(1);
    }

    @Test
    void refusesACorruptPublishedSegment() throws IOException {
        Path statements = SegmentLayout.segmentDir(dir, Topics.STATEMENTS);
        Files.createDirectories(statements);
        Files.writeString(statements.resolve(new SegmentName(0, 0, 0).fileName()), "{\"eventId\":\n");

        assertThatThrownBy(() -> FileCompactor.compact(dir)).hasMessageContaining("corrupt line 1");
    }

    @Test
    void leavesNoTempFilesBehind() throws IOException {
        publish(TestEvents.article("a1", "v1", 1));
        FileCompactor.compact(dir);
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                .containsExactlyInAnyOrder("segments", "articles.jsonl", "statements.jsonl", "dates.jsonl", "sanctions.jsonl");
        }
    }
}
