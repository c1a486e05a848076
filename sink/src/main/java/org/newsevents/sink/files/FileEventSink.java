package org.newsevents.sink.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.newsevents.common.json.AvroJson;
import org.newsevents.schemas.ArticleSummary;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.Durable;
import org.newsevents.sink.SinkRecord;
import org.newsevents.sink.SinkTarget;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The files target: JSON Lines segments per topic partition, published atomically when they roll
 * (size, age, or the sink has caught up). The published segment names are the truth about what
 * is written: on assignment the consumer resumes right after the last published offset, so a crash
 * between publishing and committing neither loses nor duplicates a record. See package docs.
 */
public final class FileEventSink implements SinkTarget {
    private static final Logger LOG = LoggerFactory.getLogger(FileEventSink.class);

    private final Path root;
    private final long rollBytes;
    private final long rollAgeNanos;
    private final LongSupplier clock;
    private final Map<TopicPartition, SegmentWriter> open = new HashMap<>();
    private final Map<TopicPartition, List<ArticleSummary>> openSummaries = new HashMap<>();
    private final Map<TopicPartition, Long> lastPublished = new HashMap<>();

    FileEventSink(Path root, long rollBytes, Duration rollAge, LongSupplier clock) {
        this.root = root;
        this.rollBytes = rollBytes;
        this.rollAgeNanos = rollAge.toNanos();
        this.clock = clock;
    }

    /** Opens DIR for writing: creates the segment directories and deletes segments a crash left unpublished. */
    public static FileEventSink open(Path root, long rollBytes, Duration rollAge) {
        return open(root, rollBytes, rollAge, System::nanoTime);
    }

    static FileEventSink open(Path root, long rollBytes, Duration rollAge, LongSupplier clock) {
        try {
            for (String topic : Topics.EVENT_TOPICS) {
                Path dir = SegmentLayout.segmentDir(root, topic);
                Files.createDirectories(dir);
                try (Stream<Path> files = Files.list(dir)) {
                    for (Path f : files.filter(p -> SegmentName.isTemp(p.getFileName().toString())).toList()) {
                        LOG.info("deleting unpublished segment {} left by an earlier run; its records are read again", f);
                        Files.delete(f);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the output directory " + root + ": " + e.getMessage(), e);
        }
        return new FileEventSink(root, rollBytes, rollAge, clock);
    }

    /** The published segments of a partition, in offset order. */
    public static List<SegmentName> published(Path root, TopicPartition tp) {
        Path dir = SegmentLayout.segmentDir(root, tp.topic());
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> SegmentName.parse(p.getFileName().toString()))
                .flatMap(java.util.Optional::stream)
                .filter(s -> s.partition() == tp.partition())
                .sorted(java.util.Comparator.comparingLong(SegmentName::first))
                .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Map<TopicPartition, Long> assigned(Collection<TopicPartition> partitions) {
        Map<TopicPartition, Long> positions = new HashMap<>();
        for (TopicPartition tp : partitions) {
            List<SegmentName> segments = published(root, tp);
            long next = segments.isEmpty() ? 0 : segments.get(segments.size() - 1).last() + 1;
            lastPublished.put(tp, next - 1);
            positions.put(tp, next);
        }
        return positions;
    }

    @Override
    public Durable revoked(Collection<TopicPartition> partitions) {
        Durable durable = publish(partitions);
        partitions.forEach(lastPublished::remove);
        return durable;
    }

    @Override
    public Durable write(List<SinkRecord> batch) {
        List<TopicPartition> full = new ArrayList<>();
        try {
            for (SinkRecord r : batch) {
                TopicPartition tp = r.partition();
                if (r.offset() <= lastPublished.getOrDefault(tp, -1L)) {
                    continue; // already in a published segment
                }
                SegmentWriter w = open.get(tp);
                if (w == null) {
                    w = new SegmentWriter(SegmentLayout.segmentDir(root, tp.topic()), tp.partition(), r.offset(), clock.getAsLong());
                    open.put(tp, w);
                }
                w.append(AvroJson.toLine(r.value()), r.offset());
                if (r.value() instanceof ArticleSummary s) {
                    openSummaries.computeIfAbsent(tp, k -> new ArrayList<>()).add(s);
                }
                if (w.bytes() >= rollBytes && !full.contains(tp)) {
                    full.add(tp);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a segment under " + root + ": " + e.getMessage(), e);
        }
        return publish(full);
    }

    @Override
    public Durable tick(boolean idle) {
        long now = clock.getAsLong();
        List<TopicPartition> due = open.entrySet().stream()
            .filter(e -> idle || now - e.getValue().openedAtNanos() >= rollAgeNanos)
            .map(Map.Entry::getKey).toList();
        return publish(due);
    }

    @Override
    public boolean nothingPending() {
        return open.isEmpty();
    }

    private Durable publish(Collection<TopicPartition> partitions) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        List<ArticleSummary> summaries = new ArrayList<>();
        try {
            for (TopicPartition tp : partitions) {
                SegmentWriter w = open.remove(tp);
                if (w == null) {
                    continue;
                }
                SegmentName name = w.publish();
                lastPublished.put(tp, name.last());
                offsets.put(tp, new OffsetAndMetadata(name.last() + 1));
                summaries.addAll(openSummaries.getOrDefault(tp, List.of()));
                openSummaries.remove(tp);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot publish a segment under " + root + ": " + e.getMessage(), e);
        }
        return offsets.isEmpty() ? Durable.NOTHING : new Durable(offsets, summaries, List.of());
    }

    /** Drops open segments unpublished (their offsets were never committed). */
    @Override
    public void close() {
        for (Iterator<SegmentWriter> it = open.values().iterator(); it.hasNext(); ) {
            it.next().discard();
            it.remove();
        }
        openSummaries.clear();
    }
}
