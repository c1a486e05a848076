package org.newsevents.faults.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.newsevents.schemas.DeadLetter;

/**
 * What a file sink published, read from its raw segments (not the compacted files, which deduplicate and
 * would hide a duplicate), and the exactly-once check every fault ends in.
 */
public final class SinkOutput {
    private static final ObjectMapper JSON = new ObjectMapper();
    public static final List<String> EVENT_TYPES = List.of("statements", "dates", "sanctions");

    private SinkOutput() {
    }

    /** Lines of every published segment of {@code type} (articles, statements, dates, sanctions). */
    public static List<JsonNode> read(Path out, String type) {
        Path dir = out.resolve("segments").resolve(type);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<JsonNode> nodes = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().matches("p\\d+-\\d+-\\d+\\.jsonl")).sorted().toList()) {
                for (String line : Files.readAllLines(f)) {
                    if (!line.isBlank()) {
                        nodes.add(JSON.readTree(line));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return nodes;
    }

    /** Article ids with a published summary. */
    public static Set<String> summarized(Path out) {
        Set<String> ids = new HashSet<>();
        read(out, "articles").forEach(n -> ids.add(n.get("articleId").asText()));
        return ids;
    }

    /**
     * Every expected article must have exactly one summary and each of its events exactly once (counts equal the
     * summary's), or be dead-lettered by the extractor with a reason. Lost = expected articles with neither, plus
     * missing events; duplicated = summaries or events (by eventId) seen more than once.
     */
    public static Check check(Path out, Set<String> expected, Map<String, DeadLetter> deadLetters) {
        List<String> problems = new ArrayList<>();
        Map<String, Integer> summaries = new HashMap<>();
        Map<String, JsonNode> summaryOf = new HashMap<>();
        for (JsonNode s : read(out, "articles")) {
            String id = s.get("articleId").asText();
            if (expected.contains(id)) {
                summaries.merge(id, 1, Integer::sum);
                summaryOf.put(id, s);
            }
        }
        long duplicated = summaries.values().stream().mapToLong(n -> n - 1L).sum();
        long eventsOut = 0;
        long lost = 0;
        Map<String, Map<String, Long>> countsByType = new HashMap<>();
        for (String type : EVENT_TYPES) {
            Set<String> seen = new HashSet<>();
            Map<String, Long> counts = new HashMap<>();
            for (JsonNode e : read(out, type)) {
                String article = e.get("articleId").asText();
                if (!expected.contains(article)) {
                    continue;
                }
                if (!seen.add(e.get("eventId").asText())) {
                    duplicated++;
                    problems.add("duplicate " + type + " event " + e.get("eventId").asText());
                    continue;
                }
                eventsOut++;
                counts.merge(article, 1L, Long::sum);
            }
            countsByType.put(type, counts);
        }
        long deadLettered = 0;
        for (String id : expected) {
            JsonNode s = summaryOf.get(id);
            if (s == null) {
                DeadLetter d = deadLetters.get(id);
                if (d != null && d.getReason() != null && !d.getReason().isBlank()) {
                    deadLettered++;
                } else {
                    lost++;
                    problems.add("article " + id + ": no summary and no dead letter");
                }
                continue;
            }
            for (String type : EVENT_TYPES) {
                long want = s.get(countField(type)).asLong();
                long have = countsByType.get(type).getOrDefault(id, 0L);
                if (have < want) {
                    lost += want - have;
                    problems.add("article " + id + ": " + have + " of " + want + " " + type);
                }
            }
        }
        return new Check(expected.size(), summaries.size(), deadLettered, eventsOut, lost, duplicated, problems);
    }

    private static String countField(String type) {
        return switch (type) {
            case "statements" -> "statementCount";
            case "dates" -> "dateCount";
            case "sanctions" -> "sanctionsCount";
            default -> throw new IllegalArgumentException(type);
        };
    }

    public record Check(long articlesIn, long summarized, long deadLettered, long eventsOut, long lost, long duplicated,
                        List<String> problems) {
        /** Every article accounted for, exactly once. */
        public boolean complete() {
            return lost == 0 && duplicated == 0 && summarized + deadLettered == articlesIn;
        }

        @Override
        public String toString() {
            return "in " + articlesIn + ", summarized " + summarized + ", dead-lettered " + deadLettered + ", events " + eventsOut
                + ", lost " + lost + ", duplicated " + duplicated + (problems.isEmpty() ? "" : ", first problems "
                + problems.subList(0, Math.min(5, problems.size())));
        }
    }

    /** Lines in the compacted statements, dates and sanctions files of {@code out}. */
    public static long compactedEvents(Path out) throws java.io.IOException {
        long n = 0;
        for (String type : EVENT_TYPES) {
            n += java.nio.file.Files.readAllLines(out.resolve(type + ".jsonl")).size();
        }
        return n;
    }
}
