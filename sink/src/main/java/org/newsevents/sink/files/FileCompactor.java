package org.newsevents.sink.files;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.newsevents.schemas.Topics;
import org.newsevents.sink.ExtractorVersions;

/**
 * Materializes the current extraction from the published segments: {@code articles.jsonl} (summaries),
 * {@code statements.jsonl}, {@code dates.jsonl}, {@code sanctions.jsonl}. Per article the current
 * version is the newest {@code extractorVersion} of its summaries (of its events while no summary has
 * arrived); records of any other version are left out, duplicates (same eventId) kept once, and lines
 * sorted by (articleId, start, eventId) so that compacting twice gives byte-identical files. Segments
 * are read whole into memory: fine for corpora of many thousands of articles, not for billions.
 */
public final class FileCompactor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> EVENT_TOPICS = List.of(Topics.STATEMENTS, Topics.DATES, Topics.SANCTIONS);

    private FileCompactor() {
    }

    /** One kept line with the keys it is sorted and filtered by. */
    private record Line(String text, String articleId, String eventId, int start, String version) {
    }

    /** Lines written per output file name. */
    public record Result(Map<String, Integer> lines) {
    }

    public static Result compact(Path root) {
        try {
            List<Line> summaries = read(root, Topics.SUMMARIES);
            Map<String, List<Line>> events = new LinkedHashMap<>();
            for (String topic : EVENT_TOPICS) {
                events.put(topic, read(root, topic));
            }
            Map<String, String> current = currentVersions(summaries, events.values());

            Map<String, Integer> counts = new LinkedHashMap<>();
            List<Line> keptSummaries = keep(summaries, current, Line::articleId,
                Comparator.comparing(Line::articleId));
            write(SegmentLayout.articles(root), keptSummaries, counts);
            for (Map.Entry<String, List<Line>> e : events.entrySet()) {
                List<Line> kept = keep(e.getValue(), current, Line::eventId,
                    Comparator.comparing(Line::articleId).thenComparingInt(Line::start).thenComparing(Line::eventId));
                write(SegmentLayout.output(root, e.getKey()), kept, counts);
            }
            return new Result(counts);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot compact " + root + ": " + e.getMessage(), e);
        }
    }

    private static Map<String, String> currentVersions(List<Line> summaries, Iterable<List<Line>> events) {
        Map<String, String> fromSummaries = new HashMap<>();
        for (Line s : summaries) {
            fromSummaries.merge(s.articleId(), s.version(), ExtractorVersions::newest);
        }
        Map<String, String> current = new HashMap<>(fromSummaries);
        for (List<Line> lines : events) {
            for (Line l : lines) {
                if (!fromSummaries.containsKey(l.articleId())) {
                    current.merge(l.articleId(), l.version(), ExtractorVersions::newest);
                }
            }
        }
        return current;
    }

    /** Lines of each article's current version, one per key (the last read wins; equal ids mean equal events). */
    private static List<Line> keep(List<Line> lines, Map<String, String> current,
                                   java.util.function.Function<Line, String> key, Comparator<Line> order) {
        Map<String, Line> byKey = new HashMap<>();
        for (Line l : lines) {
            if (l.version().equals(current.get(l.articleId()))) {
                byKey.put(key.apply(l), l);
            }
        }
        List<Line> kept = new ArrayList<>(byKey.values());
        kept.sort(order);
        return kept;
    }

    private static List<Line> read(Path root, String topic) throws IOException {
        Path dir = SegmentLayout.segmentDir(root, topic);
        List<Line> lines = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return lines;
        }
        List<Path> segments;
        try (Stream<Path> files = Files.list(dir)) {
            // Temp files of unpublished segments never parse as segment names: they are ignored.
            segments = files.filter(p -> SegmentName.parse(p.getFileName().toString()).isPresent()).sorted().toList();
        }
        boolean summaries = Topics.SUMMARIES.equals(topic);
        for (Path segment : segments) {
            try (BufferedReader reader = Files.newBufferedReader(segment, StandardCharsets.UTF_8)) {
                int n = 0;
                for (String text = reader.readLine(); text != null; text = reader.readLine()) {
                    n++;
                    lines.add(parse(text, summaries, segment, n));
                }
            }
        }
        return lines;
    }

    private static Line parse(String text, boolean summary, Path segment, int lineNumber) {
        try {
            JsonNode n = JSON.readTree(text);
            String articleId = required(n, "articleId");
            String version = required(n, "extractorVersion");
            if (summary) {
                return new Line(text, articleId, articleId, 0, version);
            }
            return new Line(text, articleId, required(n, "eventId"), n.path("start").asInt(), version);
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("corrupt line " + lineNumber + " in " + segment + ": " + e.getMessage(), e);
        }
    }

    private static String required(JsonNode n, String field) {
        JsonNode v = n.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing " + field);
        }
        return v.asText();
    }

    private static void write(Path file, List<Line> lines, Map<String, Integer> counts) throws IOException {
        AtomicFiles.write(file, out -> {
            for (Line l : lines) {
                out.write(l.text().getBytes(StandardCharsets.UTF_8));
                out.write('\n');
            }
        });
        counts.put(file.getFileName().toString(), lines.size());
    }
}
