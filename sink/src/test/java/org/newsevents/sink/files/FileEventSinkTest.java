package org.newsevents.sink.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newsevents.common.json.AvroJson;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.Durable;
import org.newsevents.sink.SinkRecord;
import org.newsevents.sink.TestEvents;

class FileEventSinkTest {
    private static final TopicPartition STATEMENTS_0 = new TopicPartition(Topics.STATEMENTS, 0);
    private static final TopicPartition SUMMARIES_0 = new TopicPartition(Topics.SUMMARIES, 0);

    @TempDir
    Path dir;
    final AtomicLong clock = new AtomicLong();

    private FileEventSink open(long rollBytes) {
        FileEventSink sink = FileEventSink.open(dir, rollBytes, Duration.ofSeconds(10), clock::get);
        sink.assigned(List.of(STATEMENTS_0, SUMMARIES_0));
        return sink;
    }

    private static List<SinkRecord> statements(long firstOffset, int count) {
        return java.util.stream.IntStream.range(0, count)
            .mapToObj(i -> new SinkRecord(STATEMENTS_0, firstOffset + i, "a1", TestEvents.statement("a1", "v1", (int) firstOffset + i), new byte[0]))
            .toList();
    }

    @Test
    void keepsRecordsInAHiddenTempFileAndCommitsNothingUntilTheSegmentRolls() throws IOException {
        FileEventSink sink = open(Long.MAX_VALUE);

        Durable durable = sink.write(statements(0, 3));

        assertThat(durable.offsets()).isEmpty();
        assertThat(sink.nothingPending()).isFalse();
        assertThat(FileEventSink.published(dir, STATEMENTS_0)).isEmpty();
        try (var files = Files.list(SegmentLayout.segmentDir(dir, Topics.STATEMENTS))) {
            assertThat(files.map(p -> p.getFileName().toString())).singleElement()
                .satisfies(n -> assertThat(SegmentName.isTemp(n)).isTrue());
        }
    }

    @Test
    void publishesWholeLinesAndReportsTheNextOffsetWhenIdle() throws IOException {
        FileEventSink sink = open(Long.MAX_VALUE);
        List<SinkRecord> batch = statements(0, 3);
        sink.write(batch);

        Durable durable = sink.tick(true);

        assertThat(durable.offsets().get(STATEMENTS_0).offset()).isEqualTo(3);
        assertThat(FileEventSink.published(dir, STATEMENTS_0)).containsExactly(new SegmentName(0, 0, 2));
        Path segment = SegmentLayout.segmentDir(dir, Topics.STATEMENTS).resolve(new SegmentName(0, 0, 2).fileName());
        assertThat(Files.readAllLines(segment)).containsExactlyElementsOf(
            batch.stream().map(r -> AvroJson.toLine(r.value())).toList());
        assertThat(Files.readString(segment)).endsWith("\n");
        assertThat(sink.nothingPending()).isTrue();
    }

    @Test
    void rollsBySizeAndByAge() {
        FileEventSink bySize = open(1);
        assertThat(bySize.write(statements(0, 2)).offsets().get(STATEMENTS_0).offset()).isEqualTo(2);

        FileEventSink byAge = open(Long.MAX_VALUE);
        byAge.write(statements(2, 1));
        assertThat(byAge.tick(false).offsets()).isEmpty();
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        assertThat(byAge.tick(false).offsets().get(STATEMENTS_0).offset()).isEqualTo(3);
    }

    @Test
    void reportsTheSummariesOfPublishedSegments() {
        FileEventSink sink = open(Long.MAX_VALUE);
        sink.write(List.of(new SinkRecord(SUMMARIES_0, 0, "a1", TestEvents.summary("a1", "v1", 1, 1, 1), new byte[0])));

        Durable durable = sink.tick(true);

        assertThat(durable.summaries()).extracting(s -> s.getArticleId()).containsExactly("a1");
    }

    @Test
    void restartDeletesTheUnpublishedSegmentAndResumesAfterTheLastPublishedOffset() throws IOException {
        FileEventSink first = open(Long.MAX_VALUE);
        first.write(statements(0, 2));
        first.tick(true);
        first.write(statements(2, 2));
        Path leftover = SegmentLayout.segmentDir(dir, Topics.STATEMENTS).resolve(SegmentName.tempName(0, 2));
        assertThat(leftover).exists(); // the "crash": the open segment is never published nor deleted

        FileEventSink second = FileEventSink.open(dir, Long.MAX_VALUE, Duration.ofSeconds(10), clock::get);

        assertThat(leftover).doesNotExist();
        assertThat(second.assigned(List.of(STATEMENTS_0, SUMMARIES_0)))
            .containsEntry(STATEMENTS_0, 2L).containsEntry(SUMMARIES_0, 0L);
    }

    @Test
    void skipsRecordsAlreadyInAPublishedSegment() {
        FileEventSink sink = open(Long.MAX_VALUE);
        sink.write(statements(0, 2));
        sink.tick(true);

        sink.write(statements(0, 3)); // re-delivery overlapping what is published
        Durable durable = sink.tick(true);

        assertThat(FileEventSink.published(dir, STATEMENTS_0)).containsExactly(new SegmentName(0, 0, 1), new SegmentName(0, 2, 2));
        assertThat(durable.offsets().get(STATEMENTS_0).offset()).isEqualTo(3);
    }

    @Test
    void closeDropsOpenSegmentsWithoutPublishing() throws IOException {
        FileEventSink sink = open(Long.MAX_VALUE);
        sink.write(statements(0, 2));

        sink.close();

        try (var files = Files.list(SegmentLayout.segmentDir(dir, Topics.STATEMENTS))) {
            assertThat(files).isEmpty();
        }
    }
}
